import { useState } from 'react';
import { Alert, Button, Col, Result, Row, Spin } from 'antd';
import { ArrowLeftOutlined, ForkOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api';
import { useConsultationRequest, useRequestDepartments } from '../api';
import { ForwardModal } from '../components/forward-modal';
import { ReplyForm } from '../components/reply-form';
import { ReplyHistory } from '../components/reply-history';
import { RequestDossier } from '../components/request-dossier';
import { RequestHeader } from '../components/request-header';
import { SubRequestsTable } from '../components/sub-requests-table';

/**
 * One request for opinion as the agency sees it: the letter (number, sent, due, countdown, PDF/DOCX), the dossier
 * read-only with its documents, the replies sent (immutable; superseded ones kept), and for the agency's focal point
 * the reply form. A province's focal unit also forwards internal sub-requests to its departments and reads their
 * replies beside its own (consolidation).
 */
export default function ConsultationRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const query = useConsultationRequest(id);
  const [forwarding, setForwarding] = useState(false);
  const view = query.data;
  const canAnswer = Boolean(me?.permissions.includes('consultations:answer') && view && me.unit.code === view.request.unit.code);
  const isFocalProvince = Boolean(canAnswer && view && view.request.parentRequestId === null && view.request.unit.kind === 'province');
  const departments = useRequestDepartments(id, isFocalProvince);
  const back = me?.permissions.includes('dossiers:process') && view ? `/dossiers/${view.dossier.id}` : '/consultations';

  if (query.isPending) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  if (query.isError || !view) {
    return <Result status="warning" title={t('consultation.request.loadFailed')} subTitle={errorMessage(query.error)} extra={<Button onClick={() => navigate('/consultations')}>{t('consultation.request.back')}</Button>} />;
  }
  const hasDepartments = (departments.data?.length ?? 0) > 0;

  return (
    <>
      <PageTitle
        title={t('consultation.request.title', { code: view.dossier.code })}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)} data-testid="request-back">
            {t('consultation.request.back')}
          </Button>
        }
      />
      <RequestHeader view={view} />
      {isFocalProvince && (
        <SubRequestsTable
          subRequests={view.subRequests}
          extra={
            hasDepartments ? (
              <Button size="small" icon={<ForkOutlined />} onClick={() => setForwarding(true)} data-testid="forward-open">
                {t('consultation.forward.open')}
              </Button>
            ) : undefined
          }
        />
      )}
      {isFocalProvince && departments.isSuccess && !hasDepartments && <Alert type="info" showIcon title={t('consultation.forward.noDepartments')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <RequestDossier view={view} />
        </Col>
        <Col xs={24} xl={12}>
          <ReplyHistory replies={view.replies} requestId={view.request.id} />
          {canAnswer ? <ReplyForm key={view.request.id} requestId={view.request.id} replies={view.replies} /> : <Alert type="info" showIcon title={t('consultation.form.readOnly')} data-testid="reply-read-only" />}
        </Col>
      </Row>
      {forwarding && <ForwardModal request={view.request} departments={departments.data ?? []} onClose={() => setForwarding(false)} />}
    </>
  );
}
