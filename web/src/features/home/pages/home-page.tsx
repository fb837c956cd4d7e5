import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { visibleEntries } from '../../../app/navigation';
import { localName, roleLabel } from '../../../components/labels';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useMe } from '../../auth/api';
import { FeatureCard } from '../components/feature-card';

/**
 * The home page: greeting, the user's unit and role, and a card for each thing the role can do.
 * Cards come from the server's permissions, so each role sees its own set.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: me } = useMe();
  if (!me) return null;
  const entries = visibleEntries(me);

  return (
    <>
      <PageTitle title={t('home.greeting', { name: me.fullName })} />
      <Card style={{ marginBottom: 24 }}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('home.unit')}>
            <span data-testid="home-unit">{localName(me.unit, language)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.role')}>
            <span data-testid="home-role">{roleLabel(t, me.role)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={4}>{t('home.whatYouCanDo')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col key={entry.key} xs={24} md={12} xl={8}>
            <FeatureCard entry={entry} />
          </Col>
        ))}
      </Row>
    </>
  );
}
