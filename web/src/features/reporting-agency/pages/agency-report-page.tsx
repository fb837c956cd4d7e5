import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Link } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, pickText } from '../../../api/api-error';
import { FullPageSpin } from '../../../components/full-page-spin';
import { formatDate } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { formatAmount, needsExplanation, totalsOf } from '../agency-report-rules';
import { useReport, useSaveDraft, useStartDraft, useSubmitReport } from '../api';
import { NgoActivityTable } from '../components/ngo-activity-table';
import { TaskStatusTag } from '../components/task-status-tag';
import type { AgencyReportContent, TaskStatusRow } from '../types';
import { ReportDownloads } from '../../reporting/components/report-downloads';

const EMPTY: AgencyReportContent = { ngoActivity: [], totals: [], assessment: '', difficulties: '', proposals: '', taskStatus: [] };

/**
 * The annual report of a ministry / agency or a province on NGO work (Resolution 100/NQ-CP: to MOFA before
 * 1 December): NGO figures pre-aggregated from the NGO reports (editable, with an explanation), totals,
 * assessment, difficulties, proposals and the unit's action-program tasks; draft → submit (the generic workflow).
 */
export default function AgencyReportPage() {
  const { obligationId = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const report = useReport(obligationId);
  const start = useStartDraft(obligationId);
  const save = useSaveDraft(obligationId);
  const submit = useSubmitReport(obligationId);
  const draft = report.data?.draft ?? null;
  const current = report.data?.current ?? null;
  const [content, setContent] = useState<AgencyReportContent>(EMPTY);
  const [amendmentReason, setAmendmentReason] = useState('');

  // Reset the local copy only when another version or a newer save arrives (not on every background refetch).
  const sourceKey = `${draft?.id ?? ''}|${draft?.updatedAt ?? ''}|${current?.id ?? ''}`;
  useEffect(() => {
    const source = (draft ?? current)?.content as AgencyReportContent | undefined;
    if (source) setContent({ ...EMPTY, ...source });
  }, [sourceKey]);

  if (report.isLoading) return <FullPageSpin />;
  if (report.isError || !report.data) return <Alert type="error" showIcon title={errorMessage(report.error)} />;
  const { report: summary, abilities } = report.data;
  const editable = !!draft && abilities.canEdit;
  const missing = content.ngoActivity.filter(needsExplanation).length;
  // As the server has it (a draft's task status follows the unit's latest updates), not the local copy of the content.
  const taskStatus = ((draft ?? current)?.content as AgencyReportContent | undefined)?.taskStatus ?? [];
  const totals = totalsOf(content.ngoActivity);
  const withTotals = (c: AgencyReportContent): AgencyReportContent => ({ ...c, totals: totalsOf(c.ngoActivity) });
  const submitError = submit.error instanceof ApiError ? submit.error : null;
  const issues = (submitError?.details as { issues?: { path: string; messageVi: string; messageEn: string }[] } | undefined)?.issues ?? [];

  const saveDraft = async () => {
    await save.mutateAsync(withTotals(content));
    void message.success(t('reportingAgency.editor.saved'));
  };
  const submitReport = async () => {
    await save.mutateAsync(withTotals(content));
    await submit.mutateAsync(current ? amendmentReason || null : null);
    void message.success(t('reportingAgency.editor.submitted'));
  };

  return (
    <>
      <PageTitle title={language === 'en' ? summary.campaign.titleEn : summary.campaign.titleVi} extra={<Link to="/action-program">{t('reportingAgency.editor.openTasks')}</Link>} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('reportingAgency.editor.unit')}>{language === 'en' ? summary.party.nameEn : summary.party.nameVi}</Descriptions.Item>
          <Descriptions.Item label={t('reportingAgency.editor.year')}>{summary.campaign.reportingYear}</Descriptions.Item>
          <Descriptions.Item label={t('reportingAgency.editor.due')}>{formatDate(summary.dueOn)}</Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {!draft && abilities.canEdit && (
            <Button type="primary" loading={start.isPending} onClick={() => start.mutate(null)} data-testid="start-draft">
              {current ? t('reportingAgency.editor.amend') : t('reportingAgency.editor.start')}
            </Button>
          )}
          {draft && <Tag color="processing">{t('reportingAgency.editor.draft')}</Tag>}
          {current && <Tag color="success">{t('reportingAgency.editor.submittedVersion', { version: current.version, date: formatDate(current.submittedOn) })}</Tag>}
          {current && <ReportDownloads reportId={obligationId} versionId={current.id} />}
        </Space>
        {start.isError && <Alert type="error" showIcon title={errorMessage(start.error)} style={{ marginTop: 8 }} />}
      </Card>

      {!draft && !current ? (
        <Empty description={t('reportingAgency.editor.notStarted')} />
      ) : (
        <>
          <Card size="small" title={t('reportingAgency.editor.ngoSection')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary">{t('reportingAgency.editor.ngoHelp')}</Typography.Paragraph>
            <NgoActivityTable rows={content.ngoActivity} editable={editable} onChange={(ngoActivity) => setContent({ ...content, ngoActivity })} />
            <Table
              size="small"
              style={{ marginTop: 12 }}
              rowKey="currency"
              dataSource={totals}
              pagination={false}
              data-testid="totals"
              columns={[
                { title: t('reportingAgency.editor.totals'), dataIndex: 'currency', key: 'currency' },
                { title: t('reportingAgency.editor.ngoCommitted'), dataIndex: 'ngoCommitted', key: 'nc', align: 'right', render: (v: number) => formatAmount(v) },
                { title: t('reportingAgency.editor.committed'), dataIndex: 'committed', key: 'c', align: 'right', render: (v: number) => formatAmount(v) },
                { title: t('reportingAgency.editor.ngoDisbursed'), dataIndex: 'ngoDisbursed', key: 'nd', align: 'right', render: (v: number) => formatAmount(v) },
                { title: t('reportingAgency.editor.disbursed'), dataIndex: 'disbursed', key: 'd', align: 'right', render: (v: number) => formatAmount(v) },
                { title: t('reportingAgency.columns.projects'), dataIndex: 'projects', key: 'p', align: 'right' },
              ]}
            />
          </Card>
          <Card size="small" title={t('reportingAgency.editor.textSection')} style={{ marginBottom: 12 }}>
            {(['assessment', 'difficulties', 'proposals'] as const).map((key) => (
              <div key={key} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{t(`reportingAgency.editor.${key}`)}</Typography.Text>
                <Input.TextArea rows={4} maxLength={20000} readOnly={!editable} value={content[key]} onChange={(e) => setContent({ ...content, [key]: e.target.value })} data-testid={`text-${key}`} />
              </div>
            ))}
          </Card>
          <Card size="small" title={t('reportingAgency.editor.tasksSection')} style={{ marginBottom: 12 }}>
            <Table<TaskStatusRow>
              size="small"
              rowKey="taskId"
              dataSource={taskStatus}
              pagination={false}
              data-testid="report-tasks"
              locale={{ emptyText: t('reportingAgency.editor.noTasks') }}
              columns={[
                { title: t('actionProgram.columns.code'), key: 'code', width: 180, render: (_, r) => `${r.programCode} · ${r.code}` },
                { title: t('actionProgram.columns.task'), key: 'title', render: (_, r) => (language === 'en' ? r.titleEn : r.titleVi) },
                { title: t('actionProgram.columns.status'), key: 'status', width: 140, render: (_, r) => <TaskStatusTag status={r.status} /> },
                { title: t('actionProgram.columns.progress'), key: 'progress', width: 140, render: (_, r) => <Progress percent={r.progressPercent} size="small" /> },
                { title: t('actionProgram.update.note'), dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? '—' },
              ]}
            />
            <Typography.Text type="secondary">{t('reportingAgency.editor.tasksHelp')}</Typography.Text>
          </Card>
          {editable && (
            <Card size="small">
              {missing > 0 && <Alert type="warning" showIcon title={t('reportingAgency.editor.missingExplanations', { count: missing })} style={{ marginBottom: 12 }} />}
              {(save.isError || submit.isError) && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={errorMessage(submit.error ?? save.error)}
                  description={issues.length ? issues.map((i) => <div key={i.path}>{pickText({ vi: i.messageVi, en: i.messageEn })}</div>) : undefined}
                />
              )}
              {current && <Input placeholder={t('reportingAgency.editor.amendmentReason')} value={amendmentReason} onChange={(e) => setAmendmentReason(e.target.value)} style={{ marginBottom: 12 }} />}
              <Space>
                <Button loading={save.isPending && !submit.isPending} onClick={() => void saveDraft()} data-testid="save-draft">
                  {t('reportingAgency.editor.save')}
                </Button>
                <Button type="primary" disabled={missing > 0} loading={submit.isPending} onClick={() => void submitReport()} data-testid="submit-report">
                  {t('reportingAgency.editor.submit')}
                </Button>
              </Space>
            </Card>
          )}
        </>
      )}
    </>
  );
}
