import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { formatDate } from '../../../components/format';
import { usePublicStatistics } from '../api';
import { DashboardCharts } from '../components/dashboard-charts';

/** "Thống kê công khai": aggregates about foreign NGOs in Vietnam, no login, nothing personal. */
export default function PublicStatisticsPage() {
  const { t } = useTranslation();
  const statistics = usePublicStatistics();
  return (
    <>
      <PageTitle title={t('dashboards.publicTitle')} />
      <Typography.Paragraph type="secondary">{t('dashboards.publicIntro')}</Typography.Paragraph>
      {statistics.isError && <Alert type="error" showIcon title={t('dashboards.loadError')} />}
      {!statistics.data && !statistics.isError && <Spin />}
      {statistics.data && (
        <>
          <Typography.Paragraph type="secondary">{t('dashboards.asOf', { date: formatDate(statistics.data.asOf) })}</Typography.Paragraph>
          <DashboardCharts data={statistics.data} isPublic />
        </>
      )}
    </>
  );
}
