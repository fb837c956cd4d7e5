import { useState } from 'react';
import { Alert, Card, Segmented, Table, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useConsultationInbox } from '../api';
import { formatDay } from '../consultation-rules';
import { CountdownTag, TimelinessTag } from '../components/consultation-tags';
import { StatisticsView } from '../components/statistics-view';
import type { InboxItem, InboxStatus } from '../types';

type Filter = InboxStatus | 'all';

/** The agency's requests, open first by due day, with the working-day countdown and the reply status. */
function InboxTable() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('open');
  const query = useConsultationInbox(filter === 'all' ? undefined : filter);
  return (
    <Card size="small">
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        style={{ marginBottom: 12 }}
        data-testid="inbox-filter"
        options={[
          { value: 'open', label: <span data-testid="inbox-filter-open">{t('consultation.inbox.filterOpen')}</span> },
          { value: 'answered', label: <span data-testid="inbox-filter-answered">{t('consultation.inbox.filterAnswered')}</span> },
          { value: 'all', label: <span data-testid="inbox-filter-all">{t('consultation.inbox.filterAll')}</span> },
        ]}
      />
      {query.isError && <Alert type="error" showIcon title={`${t('consultation.inbox.loadFailed')}: ${errorMessage(query.error)}`} style={{ marginBottom: 12 }} />}
      <Table<InboxItem>
        size="small"
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('consultation.inbox.empty') }}
        scroll={{ x: 900 }}
        onRow={(row) => ({ 'data-testid': `inbox-row-${row.dossierCode}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('consultation.columns.dossierCode'),
            key: 'code',
            render: (_, row) => (
              <>
                <Link to={`/consultations/${row.id}`} data-testid="inbox-link">
                  {row.dossierCode}
                </Link>
                {row.parentRequestId && <Tag style={{ marginInlineStart: 8 }}>{t('consultation.inbox.subRequest')}</Tag>}
              </>
            ),
          },
          { title: t('consultation.columns.applicant'), dataIndex: 'applicantName', key: 'applicant' },
          { title: t('consultation.columns.procedure'), key: 'procedure', render: (_, row) => t(`dossiers.procedureNames.${row.procedure}`) },
          { title: t('consultation.columns.sentOn'), key: 'sentOn', render: (_, row) => formatDay(row.sentOn) },
          { title: t('consultation.columns.dueOn'), key: 'dueOn', render: (_, row) => <span data-testid="inbox-due">{formatDay(row.dueOn)}</span> },
          { title: t('consultation.columns.countdown'), key: 'countdown', render: (_, row) => (row.answeredOn ? formatDay(row.answeredOn) : <CountdownTag workingDaysLeft={row.workingDaysLeft} />) },
          { title: t('consultation.columns.status'), key: 'status', render: (_, row) => <TimelinessTag timeliness={row.timeliness} /> },
        ]}
      />
    </Card>
  );
}

/** "Xin ý kiến / Requests for opinion": an agency's inbox and its own reply statistics. */
export default function ConsultationInboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('consultation.inbox.title')} />
      <Tabs
        defaultActiveKey="requests"
        items={[
          { key: 'requests', label: <span data-testid="tab-requests">{t('consultation.inbox.tabRequests')}</span>, children: <InboxTable /> },
          { key: 'statistics', label: <span data-testid="tab-statistics">{t('consultation.inbox.tabStatistics')}</span>, children: <StatisticsView /> },
        ]}
      />
    </>
  );
}
