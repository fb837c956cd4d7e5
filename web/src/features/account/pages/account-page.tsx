import { Button, Card, Descriptions } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { localName, roleLabel } from '../../../components/labels';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useMe } from '../../auth/api';

/** The signed-in user's account details, with a link to change the password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageTitle
        title={t('account.title')}
        extra={
          <Link to="/change-password">
            <Button icon={<KeyOutlined />}>{t('account.changePassword')}</Button>
          </Link>
        }
      />
      <Card>
        <Descriptions column={1} bordered data-testid="account-details">
          <Descriptions.Item label={t('account.username')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('account.fullName')}>{me.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('account.email')}>{me.email ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('account.unit')}>{localName(me.unit, language)}</Descriptions.Item>
          <Descriptions.Item label={t('account.role')}>{roleLabel(t, me.role)}</Descriptions.Item>
          <Descriptions.Item label={t('account.lastLogin')}>{formatDateTime(me.lastLoginAt, t('account.never'))}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
