import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/page-title';

/** 403: the user is signed in but lacks the permission for this page. */
export default function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.forbiddenTitle'));
  return (
    <Result
      data-testid="forbidden-page"
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenText')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
