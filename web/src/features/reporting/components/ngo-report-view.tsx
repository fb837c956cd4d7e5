import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { useReferenceNames } from '../../reference/api';
import { formatAmount, totalsByCurrency } from '../report-totals';
import type { ContentIssue, NgoReportContent } from '../types';

/** Warnings (kept with the version) or blocking errors of the form checks, one per line, in the interface language. */
export function IssueList({ issues }: { issues: readonly ContentIssue[] }) {
  const language = useLanguage();
  const { t } = useTranslation();
  if (!issues.length) return null;
  const errors = issues.some((i) => i.severity === 'error');
  return (
    <Alert
      type={errors ? 'error' : 'warning'}
      showIcon
      data-testid={errors ? 'report-errors' : 'report-warnings'}
      style={{ marginBottom: 12 }}
      title={errors ? t('reporting.errorsTitle') : t('reporting.warningsTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {issues.map((i) => (
            <li key={`${i.path}-${i.code}`} data-code={i.code}>
              {language === 'en' ? i.messageEn : i.messageVi} <Typography.Text type="secondary">({i.path})</Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Committed / disbursed totals per currency (never converted or added across currencies). */
export function CurrencyTotals({ content }: { content: Pick<NgoReportContent, 'items'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const totals = totalsByCurrency(content);
  if (!totals.length) return null;
  return (
    <Card size="small" title={t('reporting.totals')} data-testid="currency-totals">
      {totals.map((total) => (
        <div key={total.currency} data-currency={total.currency}>
          {t('reporting.editor.committed')}: <strong>{formatAmount(total.committed, total.currency, language)}</strong> · {t('reporting.editor.disbursed')}:{' '}
          <strong>{formatAmount(total.disbursed, total.currency, language)}</strong>
        </div>
      ))}
    </Card>
  );
}

/** A submitted Form 05, read-only. */
export function NgoReportView({ content, warnings }: { content: NgoReportContent; warnings: readonly ContentIssue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useReferenceNames();
  return (
    <Flex vertical gap={12} data-testid="ngo-report-view">
      <IssueList issues={warnings} />
      {content.items.map((item, index) => (
        <Card key={index} size="small" title={`${t(`reporting.kinds.${item.kind}`)}: ${item.titleVi}${item.titleEn ? ` / ${item.titleEn}` : ''}`}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('reporting.editor.fields')}>{item.fieldCodes.map((f) => names.field(f)).join(', ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.editor.partners')}>{item.vietnamesePartners.map((p) => p.name).join('; ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.editor.beneficiaries')}>
              {item.beneficiaries.description || '—'}
              {item.beneficiaries.count != null ? ` (${item.beneficiaries.count})` : ''}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={item.lines.map((l, i) => ({ ...l, key: i }))}
            columns={[
              { title: t('reporting.editor.province'), key: 'province', render: (_, l) => names.province(l.provinceCode) },
              { title: t('reporting.editor.committed'), key: 'committed', align: 'right', render: (_, l) => formatAmount(l.committed, l.currency, language) },
              { title: t('reporting.editor.disbursed'), key: 'disbursed', align: 'right', render: (_, l) => formatAmount(l.disbursed, l.currency, language) },
            ]}
          />
        </Card>
      ))}
      <CurrencyTotals content={content} />
      <Descriptions size="small" bordered column={1}>
        <Descriptions.Item label={t('reporting.editor.staffForeign')}>{content.staff?.foreign ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.editor.staffVietnamese')}>{content.staff?.vietnamese ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.editor.difficulties')}>{content.difficulties || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.editor.nextYearPlan')}>{content.nextYearPlan || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.editor.contactName')}>{[content.contact?.name, content.contact?.title, content.contact?.email, content.contact?.phone].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}
