import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row, Spin } from 'antd';
import { ArrowLeftOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { formatDate } from '../../../components/format';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api';
import { ConsultationCard } from '../../consultation/components/consultation-card';
import { useAssignDossier, useDossier } from '../api';
import { amendKindLabel } from '../dossier-labels';
import { canEditContent, canUploadAsOfficer } from '../dossier-rules';
import { targetLabel } from '../target-certificates';
import type { DossierDetail } from '../types';
import { ApplicationEditor } from '../components/application-editor';
import { ApplicationView } from '../components/application-view';
import { CompletenessCard } from '../components/completeness-card';
import { ComponentDocuments } from '../components/component-documents';
import { DossierActions } from '../components/dossier-actions';
import { DossierClockCard } from '../components/dossier-clock-card';
import { DossierMessages } from '../components/dossier-messages';
import { DecisionDraftCard, ResultCertificateCard, SupplementNotice } from '../components/dossier-notices';
import { DossierStatusTag } from '../components/dossier-tags';
import { DossierTimeline } from '../components/dossier-timeline';

/** The dossier's identity: procedure, status, channel, applicant, receipt and the officer in charge. */
function SummaryCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="dossier-summary">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('dossiers.detail.procedure')}>{t(`dossiers.procedureNames.${dossier.procedure}`)}</Descriptions.Item>
        {dossier.amendKind && <Descriptions.Item label={t('dossiers.form.amendKind')}>{amendKindLabel(t, dossier.amendKind)}</Descriptions.Item>}
        {dossier.targetCertificate && (
          <Descriptions.Item label={t('dossiers.target.summaryLabel')}>
            <span data-testid="dossier-target">{targetLabel(t, dossier.targetCertificate)}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('dossiers.detail.status')}>
          <DossierStatusTag status={dossier.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.detail.applicant')}>{dossier.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.detail.channel')}>{t(`dossiers.channels.${dossier.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.detail.receivedOn')}>{formatDate(dossier.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.detail.assignedTo')}>
          <span data-testid="dossier-assignee">{dossier.assignedTo?.fullName ?? t('dossiers.detail.unassigned')}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/**
 * One dossier, for its applicant (NGO) and for MOFA. The applicant edits the form and the files while a draft (or
 * while a supplement is requested), sees the completeness pre-check and submits; everyone sees where it stands
 * (step, owner, due day), the actions the server allows them, the messages and the timeline; after issue the
 * certificate PDF can be downloaded.
 */
export default function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const query = useDossier(id);
  const assign = useAssignDossier(id);
  const [dirty, setDirty] = useState(false);
  const applicant = Boolean(me?.permissions.includes('ngo:self'));
  const back = applicant ? '/my/dossiers' : '/dossiers';

  if (query.isPending) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  if (query.isError) {
    return <Result status="warning" title={t('dossiers.detail.loadFailed')} subTitle={errorMessage(query.error)} extra={<Button onClick={() => navigate(back)}>{t('dossiers.detail.back')}</Button>} />;
  }
  const dossier = query.data;
  const editable = applicant && canEditContent(dossier);
  const uploads = editable || (!applicant && canUploadAsOfficer(dossier));
  const canAssign = !applicant && me && dossier.assignedTo?.id !== me.id && !['issued', 'refusal_delivered', 'withdrawn'].includes(dossier.status);

  return (
    <>
      <PageTitle
        title={t('dossiers.detail.title', { code: dossier.code })}
        extra={
          <Flex gap={8}>
            {canAssign && (
              <Button
                icon={<UserAddOutlined />}
                loading={assign.isPending}
                onClick={() => assign.mutate(me.id, { onSuccess: () => void message.success(t('dossiers.queue.assigned')), onError: (e) => void message.error(errorMessage(e)) })}
                data-testid="assign-to-me"
              >
                {t('dossiers.queue.assignToMe')}
              </Button>
            )}
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)} data-testid="dossier-back">
              {t('dossiers.detail.back')}
            </Button>
          </Flex>
        }
      />
      {dossier.channel !== 'online' && <Alert type="info" showIcon title={t('dossiers.detail.paperNote')} style={{ marginBottom: 16 }} />}
      {!applicant && <ConsultationCard dossier={dossier} canProcess={Boolean(me?.permissions.includes('dossiers:process'))} />}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <SupplementNotice dossier={dossier} applicant={applicant} />
          <ResultCertificateCard dossier={dossier} />
          {editable && dossier.targetCertificate && <ApplicationView dossier={dossier} registryOnly />}
          {editable ? <ApplicationEditor key={dossier.id} dossier={dossier} onDirtyChange={setDirty} /> : <ApplicationView dossier={dossier} />}
          <ComponentDocuments dossier={dossier} editable={uploads} />
          {editable && <CompletenessCard dossier={dossier} dirty={dirty} />}
          <DossierTimeline dossier={dossier} />
        </Col>
        <Col xs={24} xl={8}>
          <SummaryCard dossier={dossier} />
          <DossierClockCard dossier={dossier} />
          <DossierActions dossier={dossier} applicant={applicant} />
          <DecisionDraftCard dossier={dossier} />
          <DossierMessages dossier={dossier} />
        </Col>
      </Row>
    </>
  );
}
