import type { ReactNode } from 'react';
import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format';
import { ownerLabel, stepLabel } from '../dossier-labels';
import { SLA_COLORS } from '../dossier-rules';
import type { DossierSummary } from '../types';
import { DossierStatusTag, SlaTag } from './dossier-tags';

interface DossierListTableProps {
  items: DossierSummary[] | undefined;
  loading: boolean;
  /** Where a row's code links to. */
  linkOf: (dossier: DossierSummary) => string;
  /** Extra column at the end (e.g. "assign to me"). */
  extra?: { title: string; render: (dossier: DossierSummary) => ReactNode };
  showApplicant?: boolean;
  testId: string;
}

/** A list of dossiers with the SLA colour bar, status, current step, due day and expected decision day. */
export function DossierListTable({ items, loading, linkOf, extra, showApplicant = true, testId }: DossierListTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DossierSummary> = [
    {
      key: 'sla',
      width: 6,
      onCell: (d) => ({ style: { background: SLA_COLORS[d.clock.sla].bar, padding: 0 } }),
      render: () => null,
    },
    {
      title: t('dossiers.list.code'),
      dataIndex: 'code',
      render: (code: string, d) => (
        <Link to={linkOf(d)} data-testid="dossier-link">
          {code}
        </Link>
      ),
    },
    { title: t('dossiers.list.procedure'), dataIndex: 'procedure', render: (_v, d) => t(`dossiers.procedureNames.${d.procedure}`) },
    ...(showApplicant ? [{ title: t('dossiers.list.applicant'), dataIndex: 'applicantName' }] : []),
    { title: t('dossiers.list.status'), dataIndex: 'status', render: (_v, d) => <DossierStatusTag status={d.status} /> },
    {
      title: t('dossiers.list.step'),
      key: 'step',
      render: (_v, d) => (
        <Flex vertical>
          <Typography.Text>{stepLabel(t, d.clock.step)}</Typography.Text>
          <Typography.Text type="secondary">{ownerLabel(t, d.clock.owner)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('dossiers.list.due'),
      key: 'due',
      render: (_v, d) => (
        <Flex vertical gap={2} align="start">
          <span>{formatDate(d.clock.dueOn)}</span>
          {d.clock.sla !== 'none' && <SlaTag clock={d.clock} />}
        </Flex>
      ),
    },
    { title: t('dossiers.list.expectedDecision'), key: 'expected', render: (_v, d) => formatDate(d.expectedDecisionOn) },
    { title: t('dossiers.list.receivedOn'), dataIndex: 'receivedOn', render: (v: string | null) => formatDate(v) },
    ...(extra ? [{ title: extra.title, key: 'extra', render: (_v: unknown, d: DossierSummary) => extra.render(d) }] : []),
  ];
  return (
    <Table<DossierSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items ?? []}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(d) => ({ 'data-testid': `row-${d.code}`, 'data-sla': d.clock.sla }) as object}
      data-testid={testId}
      scroll={{ x: 1100 }}
    />
  );
}
