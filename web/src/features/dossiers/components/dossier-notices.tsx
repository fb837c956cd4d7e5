import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format';
import { certificatePdfUrl, useVerificationLink } from '../api';
import { componentName } from '../dossier-labels';
import { latestSupplementRequest, readDecisionDraft } from '../dossier-rules';
import type { DossierDetail } from '../types';

/** While a supplement is requested: what is missing, why, since when, and what to do. */
export function SupplementNotice({ dossier, applicant }: { dossier: DossierDetail; applicant: boolean }) {
  const { t } = useTranslation();
  if (dossier.status !== 'supplement_requested') return null;
  const request = latestSupplementRequest(dossier.events);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="supplement-notice"
      title={t('dossiers.supplement.title', { date: formatDate(request?.onDay) })}
      description={
        <Flex vertical gap={4}>
          {request?.reason && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{t('dossiers.supplement.reason', { reason: request.reason })}</Typography.Text>}
          {request && request.missingComponents.length > 0 && (
            <>
              <Typography.Text strong>{t('dossiers.supplement.missing')}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="supplement-missing">
                {request.missingComponents.map((code) => (
                  <li key={code}>{componentName(dossier.components, code)}</li>
                ))}
              </ul>
            </>
          )}
          <Typography.Text type="secondary">{applicant ? t('dossiers.supplement.howTo') : t('dossiers.supplement.waiting')}</Typography.Text>
        </Flex>
      }
    />
  );
}

/** The draft decision an officer proposed, for the leader who approves, refuses or returns it. */
export function DecisionDraftCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const draft = readDecisionDraft(dossier.decisionDraft);
  if (!draft || !['decision_pending', 'approved', 'refused', 'appraisal'].includes(dossier.status)) return null;
  return (
    <Card size="small" title={t('dossiers.decisionDraft.title')} style={{ marginBottom: 16 }} data-testid="decision-draft">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('dossiers.actionForm.outcome')}>
          <strong>{draft.outcome === 'refuse' ? t('dossiers.actionForm.refuse') : t('dossiers.actionForm.approve')}</strong>
        </Descriptions.Item>
        {draft.outcome !== 'refuse' && (
          <Descriptions.Item label={t('dossiers.decisionDraft.validity')}>
            {formatDate(draft.validFrom, t('dossiers.decisionDraft.fromIssue'))} – {formatDate(draft.validTo, t('dossiers.decisionDraft.toMax'))}
          </Descriptions.Item>
        )}
        {draft.maxValidTo && <Descriptions.Item label={t('dossiers.decisionDraft.cap')}>{formatDate(draft.maxValidTo)}</Descriptions.Item>}
        {draft.note && <Descriptions.Item label={t('dossiers.actionForm.note')}>{draft.note}</Descriptions.Item>}
        {draft.reason && <Descriptions.Item label={t('dossiers.actionForm.reason')}>{draft.reason}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

/** After issue: the certificate PDF ("Tải giấy đăng ký (PDF)") and its public verification page. */
export function ResultCertificateCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const certificateId = dossier.status === 'issued' ? dossier.resultCertificateId : null;
  const link = useVerificationLink(certificateId);
  if (!certificateId) return null;
  // The link's path and token, opened on this site (the QR code carries the public address).
  const verifyPath = link.data ? (() => { const url = new URL(link.data.url); return `${url.pathname}${url.search}`; })() : null;
  return (
    <Card size="small" title={t('dossiers.result.title')} style={{ marginBottom: 16 }} data-testid="result-certificate">
      <Flex gap={8} wrap>
        <Button type="primary" icon={<FilePdfOutlined />} href={certificatePdfUrl(certificateId)} download data-testid="certificate-pdf">
          {t('dossiers.result.downloadPdf')}
        </Button>
        {verifyPath && (
          <Link to={verifyPath} target="_blank" data-testid="certificate-verify-link">
            <Button icon={<SafetyCertificateOutlined />}>{t('dossiers.result.verify')}</Button>
          </Link>
        )}
      </Flex>
    </Card>
  );
}
