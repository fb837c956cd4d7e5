import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Modal, Result, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { errorMessage, isApiError } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import { FullPageSpin } from '../../../components/full-page-spin';
import { PageTitle } from '../../../components/page-title';
import { useLanguage } from '../../../i18n/use-language';
import { useReport, useStartDraft } from '../api';
import { FilingStatusTag, WorkingDaysLeft } from '../components/filing-status-tag';
import { NgoReportEditor } from '../components/ngo-report-editor';
import { ReportDownloads } from '../components/report-downloads';
import { NgoReportView } from '../components/ngo-report-view';
import type { NgoReportContent, ReportView } from '../types';

type VersionRow = ReportView['versions'][number];

/** One earlier version, read-only, in a modal. */
function VersionModal({ reportId, versionId, onClose }: { reportId: string; versionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const version = useQuery({ queryKey: ['reporting', 'version', reportId, versionId], queryFn: () => unwrap(api.GET('/api/v1/reports/{id}/versions/{versionId}', { params: { path: { id: reportId, versionId } } })) });
  return (
    <Modal open width={1000} footer={null} onCancel={onClose} title={version.data ? t('reporting.report.versionTitle', { number: version.data.version }) : ''}>
      {version.data ? <NgoReportView content={version.data.content as unknown as NgoReportContent} warnings={version.data.warnings} /> : <FullPageSpin />}
    </Modal>
  );
}

/** A report: the Form 05 editor while a draft is open; otherwise the report in force, its versions and "Amend". */
export default function ReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const report = useReport(id);
  const start = useStartDraft(id);
  const [viewing, setViewing] = useState<string | null>(null);
  const reason = useRef('');

  if (report.isPending) return <FullPageSpin />;
  if (report.isError) {
    if (isApiError(report.error, 'not_found') || isApiError(report.error, 'not_your_report')) return <Result status="403" title={errorMessage(report.error)} />;
    return <Alert type="error" showIcon title={errorMessage(report.error)} />;
  }
  const { report: summary, current, draft, versions, abilities } = report.data;
  const isNgoForm = summary.campaign.form === 'ngo_annual';

  const amend = () =>
    modal.confirm({
      title: t('reporting.report.amendTitle'),
      content: <Input.TextArea rows={3} onChange={(e) => (reason.current = e.target.value)} placeholder={t('reporting.editor.amendmentReason')} data-testid="amend-reason" />,
      okText: t('reporting.report.amend'),
      onOk: () => start.mutateAsync(reason.current || undefined),
    });

  return (
    <>
      <PageTitle
        title={language === 'en' ? summary.campaign.titleEn : summary.campaign.titleVi}
        extra={
          <Flex gap={8}>
            {abilities.canEdit && !draft && !current && (
              <Button type="primary" onClick={() => start.mutate(undefined)} loading={start.isPending} data-testid="start-report">
                {t('reporting.report.start')}
              </Button>
            )}
            {abilities.canAmend && (
              <Button onClick={amend} data-testid="amend-report">
                {t('reporting.report.amend')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('reporting.columns.party')}>{language === 'en' ? summary.party.nameEn : summary.party.nameVi}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.period')}>{`${formatDate(summary.campaign.periodFrom)} – ${formatDate(summary.campaign.periodTo)}`}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.dueOn')}>{formatDate(summary.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.status')}>
            <FilingStatusTag status={summary.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.daysLeft')}>
            <WorkingDaysLeft days={summary.workingDaysLeft} />
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.columns.firstSubmittedOn')}>{formatDate(summary.firstSubmittedOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {start.isError && <Alert type="error" showIcon title={errorMessage(start.error)} style={{ marginBottom: 12 }} />}
      {!isNgoForm && <Alert type="info" showIcon title={t('reporting.report.otherForm')} style={{ marginBottom: 12 }} />}
      {isNgoForm && draft && abilities.canEdit && (
        <Card size="small" title={draft.version > 1 ? t('reporting.report.amendmentDraft', { number: draft.version }) : t('reporting.draft')} style={{ marginBottom: 16 }}>
          <NgoReportEditor key={draft.id} reportId={id} draft={draft} />
        </Card>
      )}
      {isNgoForm && current && !draft && (
        <Card
          size="small"
          title={t('reporting.report.current', { number: current.version, date: formatDate(current.submittedOn) })}
          extra={<ReportDownloads reportId={id} versionId={current.id} />}
          style={{ marginBottom: 16 }}
        >
          <NgoReportView content={current.content as unknown as NgoReportContent} warnings={current.warnings} />
        </Card>
      )}
      {versions.length > 0 && (
        <Card size="small" title={t('reporting.report.history')}>
          <Table<VersionRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={versions}
            columns={[
              { title: t('reporting.columns.version'), key: 'v', render: (_, v) => `v${v.version}` },
              { title: t('reporting.columns.status'), key: 's', render: (_, v) => <Tag color={v.status === 'submitted' ? 'green' : 'default'}>{t(`reporting.versionStatus.${v.status}`)}</Tag> },
              { title: t('reporting.columns.submittedOn'), key: 'on', render: (_, v) => formatDate(v.submittedOn) },
              { title: t('reporting.columns.submittedBy'), key: 'by', render: (_, v) => v.submittedByName ?? '—' },
              { title: t('reporting.columns.late'), key: 'late', render: (_, v) => (v.late ? <Tag color="orange">{t('reporting.status.filed_late')}</Tag> : '—') },
              { title: t('reporting.columns.reason'), key: 'reason', render: (_, v) => v.amendmentReason ?? '—' },
              { title: '', key: 'view', render: (_, v) => <Button size="small" onClick={() => setViewing(v.id)}>{t('common.view')}</Button> },
            ]}
          />
        </Card>
      )}
      {viewing && <VersionModal reportId={id} versionId={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
