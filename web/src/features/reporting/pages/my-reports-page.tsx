import { Alert, Card, Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useMyReports } from '../api';
import { reportPath } from '../campaign-rules';
import { FilingStatusTag, WorkingDaysLeft } from '../components/filing-status-tag';
import type { ReportSummary } from '../types';

/** "Báo cáo / Reports": what my NGO or agency must file, with the due day, the working days left and the status. */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const reports = useMyReports();
  return (
    <>
      <PageTitle title={t('reporting.mine.title')} />
      {reports.isError && <Alert type="error" showIcon title={errorMessage(reports.error)} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <Table<ReportSummary>
          size="small"
          rowKey="obligationId"
          loading={reports.isFetching}
          dataSource={reports.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('reporting.mine.empty') }}
          onRow={(row) => ({ 'data-testid': `report-row-${row.campaign.code}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('reporting.columns.report'),
              key: 'title',
              render: (_, row) => (
                <Link to={reportPath(row.campaign.form, row.obligationId)} data-testid="report-link">
                  {language === 'en' ? row.campaign.titleEn : row.campaign.titleVi}
                </Link>
              ),
            },
            { title: t('reporting.columns.period'), key: 'period', render: (_, row) => `${formatDate(row.campaign.periodFrom)} – ${formatDate(row.campaign.periodTo)}` },
            { title: t('reporting.columns.dueOn'), key: 'dueOn', render: (_, row) => formatDate(row.dueOn) },
            { title: t('reporting.columns.daysLeft'), key: 'left', render: (_, row) => <WorkingDaysLeft days={row.workingDaysLeft} /> },
            { title: t('reporting.columns.status'), key: 'status', render: (_, row) => <FilingStatusTag status={row.status} /> },
            { title: t('reporting.columns.version'), key: 'version', render: (_, row) => (row.currentVersion ? `v${row.currentVersion}` : row.hasDraft ? t('reporting.draft') : '—') },
          ]}
        />
      </Card>
    </>
  );
}
