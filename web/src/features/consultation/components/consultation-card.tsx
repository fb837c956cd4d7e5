import { Alert, Button, Card, Flex } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import type { DossierDetail } from '../../dossiers/types';
import { matrixExportUrl, useOpinionMatrix } from '../api';
import { ConsultationProposal } from './consultation-proposal';
import { OpinionMatrixTable } from './opinion-matrix-table';

/** Statuses before the consultation step: nothing to show yet. */
const BEFORE: readonly DossierDetail['status'][] = ['draft', 'submitted', 'supplement_requested'];

/**
 * "Lấy ý kiến / Consultation" on MOFA's dossier page: while the dossier is accepted, the proposed agencies and the
 * send button (instead of the generic send_for_consultation action); from then on the opinion matrix with its
 * XLSX / DOCX export. Hidden for the applicant and when no request was ever sent.
 */
export function ConsultationCard({ dossier, canProcess }: { dossier: DossierDetail; canProcess: boolean }) {
  const { t } = useTranslation();
  const enabled = canProcess && !BEFORE.includes(dossier.status);
  const query = useOpinionMatrix(dossier.id, dossier.status, enabled);
  if (!enabled || query.isPending) return null;
  if (query.isError) return <Alert type="warning" showIcon title={`${t('consultation.card.loadFailed')}: ${errorMessage(query.error)}`} style={{ marginBottom: 16 }} />;
  const matrix = query.data;
  const canSend = matrix.proposal !== null && dossier.allowedActions.includes('send_for_consultation');
  if (!canSend && matrix.rows.length === 0) return null;

  return (
    <Card
      size="small"
      title={canSend ? t('consultation.card.title') : t('consultation.card.matrixTitle')}
      style={{ marginBottom: 16 }}
      data-testid="consultation-card"
      extra={
        matrix.rows.length > 0 && (
          <Flex gap={8}>
            <Button size="small" icon={<FileExcelOutlined />} href={matrixExportUrl(dossier.id, 'xlsx')} data-testid="matrix-export-xlsx">
              {t('consultation.card.exportXlsx')}
            </Button>
            <Button size="small" icon={<FileWordOutlined />} href={matrixExportUrl(dossier.id, 'docx')} data-testid="matrix-export-docx">
              {t('consultation.card.exportDocx')}
            </Button>
          </Flex>
        )
      }
    >
      {canSend && matrix.proposal ? <ConsultationProposal dossierId={dossier.id} lockVersion={dossier.lockVersion} proposal={matrix.proposal} /> : <OpinionMatrixTable rows={matrix.rows} />}
    </Card>
  );
}
