import { Input, InputNumber, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useProvinces } from '../../reference/api';
import { editRow, formatAmount, needsExplanation } from '../agency-report-rules';
import type { NgoActivityRow } from '../types';

/**
 * The NGO rows of an agency / province report: the NGO-reported figure beside the editable figure of the unit;
 * a figure that differs needs an explanation (the field turns red until one is given).
 */
export function NgoActivityTable({ rows, editable, onChange }: { rows: NgoActivityRow[]; editable: boolean; onChange: (rows: NgoActivityRow[]) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces();
  const provinceName = (code: string) => {
    const p = provinces.data?.find((x) => x.code === code);
    return p ? localName(p, language) : code;
  };
  const amount = (index: number, field: 'committed' | 'disbursed') => (value: number) =>
    editable ? (
      <InputNumber<number>
        min={0}
        value={value}
        style={{ width: 150 }}
        status={rows[index]!.adjusted ? 'warning' : undefined}
        formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(Number(v)))}
        parser={(v) => Number((v ?? '').replace(/\./g, '').replace(',', '.')) || 0}
        onChange={(v) => onChange(editRow(rows, index, { [field]: v ?? 0 }))}
        data-testid={`row-${index}-${field}`}
      />
    ) : (
      formatAmount(value)
    );
  return (
    <Table<NgoActivityRow>
      size="small"
      rowKey={(r) => `${r.organizationId}|${r.provinceCode}|${r.currency}`}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 1300 }}
      data-testid="ngo-activity"
      locale={{ emptyText: t('reportingAgency.editor.noNgos') }}
      columns={[
        {
          title: t('reportingAgency.columns.ngo'),
          key: 'ngo',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Typography.Text>{r.nameVi}</Typography.Text>
              {r.note === 'no_report' && <Tag color="orange">{t('reportingAgency.editor.noReport')}</Tag>}
            </Space>
          ),
        },
        { title: t('reportingAgency.columns.province'), dataIndex: 'provinceCode', key: 'province', width: 110, render: (code: string) => provinceName(code) },
        { title: t('reportingAgency.columns.currency'), dataIndex: 'currency', key: 'currency', width: 70 },
        { title: t('reportingAgency.editor.ngoCommitted'), key: 'nc', align: 'right', width: 130, render: (_, r) => formatAmount(r.ngoReported.committed) },
        { title: t('reportingAgency.editor.committed'), dataIndex: 'committed', key: 'committed', width: 160, render: (v: number, _r, i) => amount(i, 'committed')(v) },
        { title: t('reportingAgency.editor.ngoDisbursed'), key: 'nd', align: 'right', width: 130, render: (_, r) => formatAmount(r.ngoReported.disbursed) },
        { title: t('reportingAgency.editor.disbursed'), dataIndex: 'disbursed', key: 'disbursed', width: 160, render: (v: number, _r, i) => amount(i, 'disbursed')(v) },
        { title: t('reportingAgency.columns.projects'), dataIndex: 'projects', key: 'projects', width: 80, align: 'right' },
        {
          title: t('reportingAgency.editor.explanation'),
          key: 'explanation',
          width: 260,
          render: (_, r, i) =>
            editable ? (
              <Tooltip title={needsExplanation(r) ? t('reportingAgency.editor.explanationRequired') : undefined}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={r.explanation ?? ''}
                  status={needsExplanation(r) ? 'error' : undefined}
                  placeholder={r.adjusted ? t('reportingAgency.editor.explanationRequired') : ''}
                  onChange={(e) => onChange(editRow(rows, i, { explanation: e.target.value }))}
                  data-testid={`row-${i}-explanation`}
                />
              </Tooltip>
            ) : (
              (r.explanation ?? '—')
            ),
        },
      ]}
    />
  );
}
