import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { AuditEvent } from '../../../api/types';
import { formatDateTimeSeconds } from '../../../components/format';
import { localName, roleLabel } from '../../../components/labels';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useAuditLog, type AuditFilters } from '../api';
import { AuditChangeView } from '../components/audit-change-view';
import { AuditFiltersForm } from '../components/audit-filters-form';

/** The audit log: filters, newest entries first, before/after on demand, cursor paging with "Load more". */
export default function AuditPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [expanded, setExpanded] = useState<string[]>([]);
  const audit = useAuditLog(filters);
  const rows = useMemo(() => audit.data?.pages.flatMap((page) => page.items) ?? [], [audit.data]);

  const toggle = (id: string) =>
    setExpanded((keys) => (keys.includes(id) ? keys.filter((key) => key !== id) : [...keys, id]));

  const columns: TableProps<AuditEvent>['columns'] = [
    {
      key: 'view',
      title: '',
      width: 64,
      render: (_, event) => (
        <Button size="small" type="link" onClick={() => toggle(event.id)} data-testid="audit-view">
          {expanded.includes(event.id) ? t('common.hide') : t('common.view')}
        </Button>
      ),
    },
    { key: 'time', title: t('audit.columns.time'), render: (_, event) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(event.occurredAt)}</span> },
    { key: 'actor', title: t('audit.columns.actor'), render: (_, event) => event.actorUsername ?? t('audit.system') },
    { key: 'unit', title: t('audit.columns.unit'), render: (_, event) => (event.unit ? localName(event.unit, language) : t('common.empty')) },
    { key: 'role', title: t('audit.columns.role'), render: (_, event) => roleLabel(t, event.actorRole) },
    { key: 'action', title: t('audit.columns.action'), render: (_, event) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{event.action}</Typography.Text> },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      render: (_, event) => (
        <span>
          {event.entityType}
          {event.entityId && <Typography.Text type="secondary"> · {event.entityId}</Typography.Text>}
        </span>
      ),
    },
    {
      key: 'requestId',
      title: t('audit.columns.requestId'),
      render: (_, event) => <Typography.Text type="secondary" copyable={event.requestId ? { text: event.requestId } : false}>{event.requestId ?? t('common.empty')}</Typography.Text>,
      responsive: ['xl'],
    },
  ];

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <AuditFiltersForm
        onApply={(next) => {
          setExpanded([]);
          setFilters(next);
        }}
      />
      {audit.isError && <Alert type="error" showIcon title={errorMessage(audit.error)} style={{ marginBottom: 12 }} />}
      <Table<AuditEvent>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={audit.isPending || (audit.isFetching && !audit.isFetchingNextPage)}
        pagination={false}
        expandable={{
          expandedRowKeys: expanded,
          showExpandColumn: false,
          expandedRowRender: (event) => <AuditChangeView event={event} />,
        }}
      />
      <Flex justify="center" align="center" gap={16} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('audit.shown', { number: rows.length })}</Typography.Text>
        {audit.hasNextPage ? (
          <Button data-testid="audit-load-more" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
            {t('audit.loadMore')}
          </Button>
        ) : (
          rows.length > 0 && <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
