import { Alert, Card, Flex, Statistic, Steps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import type { GuideComponent, ProcedureGuide } from '../types';

/**
 * What the guide answers: the expected decision day if the complete dossier is received today (submission +
 * completeness check + the statutory period, in working days), the planned steps with their due days, and the
 * components to submit with the rule for documents issued abroad.
 */
export function GuideResult({ guide }: { guide: ProcedureGuide }) {
  const { t } = useTranslation();
  const foreign = (rule: GuideComponent['foreignDocuments']) =>
    rule === 'none' ? null : <Tag color="blue">{t(`dossiers.guide.foreign.${rule}`)}</Tag>;
  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }} data-testid="guide-timing">
        <Flex gap={32} wrap align="center">
          <Statistic title={t('dossiers.guide.expectedDecision')} value={formatDate(guide.expectedDecisionOn)} styles={{ content: { color: '#1f4e8c' } }} data-testid="guide-expected-decision" />
          <Statistic title={t('dossiers.guide.submittedOn')} value={formatDate(guide.submittedOn)} />
          <Statistic title={t('dossiers.guide.total')} value={t('dossiers.guide.workingDays', { count: guide.procedure.totalWorkingDays })} />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('dossiers.guide.expectedHint')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('dossiers.guide.stepsTitle')} style={{ marginBottom: 16 }} data-testid="guide-steps">
        <Steps
          orientation="vertical"
          size="small"
          current={-1}
          items={guide.steps.map((s) => ({
            title: pickText(s.name),
            content:
              s.maxWorkingDays !== null
                ? t('dossiers.guide.stepWindow', { from: formatDate(s.startOn), to: formatDate(s.dueOn), count: s.maxWorkingDays })
                : t('dossiers.guide.stepNoLimit', { from: formatDate(s.startOn) }),
          }))}
        />
      </Card>
      <Card size="small" title={t('dossiers.guide.componentsTitle')} style={{ marginBottom: 16 }} data-testid="guide-components">
        {guide.openQuestions.length > 0 && <Alert type="info" showIcon title={t('dossiers.guide.openQuestions')} style={{ marginBottom: 12 }} data-testid="guide-open-questions" />}
        <Table<GuideComponent>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={guide.components}
          onRow={(c) => ({ 'data-testid': `guide-component-${c.code}`, 'data-status': c.status }) as object}
          columns={[
            {
              title: t('dossiers.guide.component'),
              key: 'name',
              render: (_v, c) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{pickText(c.name)}</Typography.Text>
                  {c.note && <Typography.Text type="secondary">{pickText(c.note)}</Typography.Text>}
                  <Flex gap={4} wrap>
                    {c.formNumber && <Tag>{t('dossiers.guide.form', { number: c.formNumber })}</Tag>}
                    <Tag>{t(`dossiers.guide.copyKind.${c.copyKind}`)}</Tag>
                    {foreign(c.foreignDocuments)}
                  </Flex>
                </Flex>
              ),
            },
            {
              title: t('dossiers.guide.status'),
              key: 'status',
              width: 140,
              render: (_v, c) => <Tag color={c.status === 'required' ? 'red' : 'default'}>{c.status === 'required' ? t('dossiers.documents.required') : t('dossiers.documents.ifApplicable')}</Tag>,
            },
            { title: t('dossiers.guide.basis'), dataIndex: 'basis', width: 180, render: (b: string) => <Typography.Text type="secondary">{b}</Typography.Text> },
          ]}
        />
      </Card>
    </>
  );
}
