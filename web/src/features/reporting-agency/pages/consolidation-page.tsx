import { useState } from 'react';
import { Alert, Button, Card, Flex, InputNumber, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { formatAmount } from '../agency-report-rules';
import { consolidationExportUrl, useConsolidation, useReconciliation } from '../api';
import type { AggregateRow, ReconciliationRow } from '../types';

/**
 * "Tổng hợp, đối chiếu báo cáo" (MOFA; agencies see their own scope): NGO-reported aid by province, field, country
 * and year, the reconciliation flags where a province's figure differs from the NGO's beyond the tolerance, and the
 * consolidated XLSX / DOCX.
 */
export default function ConsolidationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [year, setYear] = useState<number>(() => (new Date().getMonth() === 11 && new Date().getDate() >= 15 ? new Date().getFullYear() + 1 : new Date().getFullYear()));
  const [allRows, setAllRows] = useState(false);
  const query = { year };
  const data = useConsolidation(query);
  const reconciliation = useReconciliation(year, allRows);

  const amountColumns = [
    { title: t('reportingAgency.columns.currency'), dataIndex: 'currency', key: 'currency', width: 90 },
    { title: t('reportingAgency.columns.committed'), dataIndex: 'committed', key: 'committed', align: 'right' as const, render: (v: number) => formatAmount(v) },
    { title: t('reportingAgency.columns.disbursed'), dataIndex: 'disbursed', key: 'disbursed', align: 'right' as const, render: (v: number) => formatAmount(v) },
    { title: t('reportingAgency.columns.committedUsd'), dataIndex: 'committedUsd', key: 'cu', align: 'right' as const, render: (v: number) => formatAmount(v) },
    { title: t('reportingAgency.columns.disbursedUsd'), dataIndex: 'disbursedUsd', key: 'du', align: 'right' as const, render: (v: number) => formatAmount(v) },
    { title: t('reportingAgency.columns.lines'), dataIndex: 'lines', key: 'lines', align: 'right' as const, width: 90 },
  ];
  const table = (rows: AggregateRow[] | undefined, keyTitle: string, testId: string) => (
    <Table<AggregateRow>
      size="small"
      rowKey={(r) => `${r.key}|${r.currency}`}
      loading={data.isFetching}
      dataSource={rows ?? []}
      pagination={false}
      data-testid={testId}
      locale={{ emptyText: t('reportingAgency.consolidation.empty') }}
      columns={[{ title: keyTitle, key: 'key', render: (_, r) => (r.nameVi ? `${language === 'en' ? (r.nameEn ?? r.nameVi) : r.nameVi} (${r.key})` : r.key || '—') }, ...amountColumns]}
    />
  );

  return (
    <>
      <PageTitle
        title={t('reportingAgency.consolidation.title')}
        extra={
          <Space>
            <Button icon={<FileExcelOutlined />} href={consolidationExportUrl(query, 'xlsx')} data-testid="consolidation-xlsx">
              XLSX
            </Button>
            <Button icon={<FileWordOutlined />} href={consolidationExportUrl(query, 'docx')} data-testid="consolidation-docx">
              DOCX
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{t('reportingAgency.consolidation.year')}</Typography.Text>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="consolidation-year" />
          <Typography.Text type="secondary">{t('reportingAgency.consolidation.help')}</Typography.Text>
        </Flex>
      </Card>
      {data.isError && <Alert type="error" showIcon title={errorMessage(data.error)} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Tabs
          items={[
            { key: 'province', label: t('reportingAgency.consolidation.byProvince'), children: table(data.data?.byProvince, t('reportingAgency.columns.province'), 'by-province') },
            { key: 'field', label: t('reportingAgency.consolidation.byField'), children: table(data.data?.byField, t('reportingAgency.columns.field'), 'by-field') },
            { key: 'country', label: t('reportingAgency.consolidation.byCountry'), children: table(data.data?.byCountry, t('reportingAgency.columns.country'), 'by-country') },
            { key: 'year', label: t('reportingAgency.consolidation.byYear'), children: table(data.data?.byYear, t('reportingAgency.columns.year'), 'by-year') },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('reportingAgency.reconciliation.title', { year })}
        extra={
          <Space>
            <Switch checked={allRows} onChange={setAllRows} />
            {t('reportingAgency.reconciliation.showAll')}
          </Space>
        }
      >
        {reconciliation.data && (
          <Typography.Paragraph type="secondary">
            {t('reportingAgency.reconciliation.tolerance', { percent: reconciliation.data.settings.relativeTolerance * 100, floor: formatAmount(reconciliation.data.settings.absoluteFloor), total: reconciliation.data.total })}
          </Typography.Paragraph>
        )}
        {reconciliation.isError && <Alert type="error" showIcon title={errorMessage(reconciliation.error)} />}
        <Table<ReconciliationRow>
          size="small"
          rowKey={(r) => `${r.organizationId}|${r.provinceCode}|${r.currency}`}
          loading={reconciliation.isFetching}
          dataSource={reconciliation.data?.rows ?? []}
          pagination={false}
          data-testid="reconciliation"
          locale={{ emptyText: t('reportingAgency.reconciliation.empty') }}
          onRow={(row) => ({ 'data-testid': `flag-${row.organizationId}-${row.provinceCode}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('reportingAgency.columns.ngo'), dataIndex: 'organizationName', key: 'ngo' },
            { title: t('reportingAgency.columns.province'), key: 'province', render: (_, r) => r.provinceName ?? r.provinceCode },
            { title: t('reportingAgency.columns.currency'), dataIndex: 'currency', key: 'currency', width: 80 },
            { title: t('reportingAgency.reconciliation.ngoCommitted'), dataIndex: 'ngoCommitted', key: 'nc', align: 'right', render: (v: number | null) => formatAmount(v) },
            { title: t('reportingAgency.reconciliation.agencyCommitted'), dataIndex: 'agencyCommitted', key: 'ac', align: 'right', render: (v: number | null) => formatAmount(v) },
            { title: t('reportingAgency.reconciliation.ngoDisbursed'), dataIndex: 'ngoDisbursed', key: 'nd', align: 'right', render: (v: number | null) => formatAmount(v) },
            { title: t('reportingAgency.reconciliation.agencyDisbursed'), dataIndex: 'agencyDisbursed', key: 'ad', align: 'right', render: (v: number | null) => formatAmount(v) },
            { title: t('reportingAgency.reconciliation.flags'), key: 'flags', render: (_, r) => (r.flags.length ? r.flags.map((f) => <Tag key={f} color="error" data-testid="reconciliation-flag" data-flag={f}>{t(`reportingAgency.reconciliation.flag.${f}`)}</Tag>) : <Tag color="success">{t('reportingAgency.reconciliation.agrees')}</Tag>) },
            { title: t('reportingAgency.reconciliation.explanation'), dataIndex: 'explanation', key: 'explanation', render: (v: string | null) => <span data-testid="reconciliation-explanation">{v ?? '—'}</span> },
          ]}
        />
      </Card>
    </>
  );
}
