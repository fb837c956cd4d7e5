import { Card, Descriptions, List, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { useReferenceNames } from '../../reference/api';
import { requestDocumentUrl } from '../api';
import { formatDay } from '../consultation-rules';
import type { RequestView } from '../types';

/** The parts of the application an agency reads (the server sends the form as an untyped record). */
interface ApplicationSummary {
  nameOriginal?: string;
  nameEn?: string;
  nameVi?: string;
  countryCode?: string;
  provinceCodes?: string[];
  fieldCodes?: string[];
  purposes?: string;
  representative?: { fullName?: string };
}

/** The dossier the agency is asked about, read-only: application summary and its documents (each read is logged). */
export function RequestDossier({ view }: { view: RequestView }) {
  const { t } = useTranslation();
  const names = useReferenceNames();
  const a = view.dossier.application as ApplicationSummary;
  const rows: [string, string | undefined | null][] = [
    [t('consultation.columns.dossierCode'), view.dossier.code],
    [t('consultation.columns.procedure'), t(`dossiers.procedureNames.${view.dossier.procedure}`)],
    [t('consultation.request.names'), [a.nameVi, a.nameEn, a.nameOriginal].filter(Boolean).filter((n, i, all) => all.indexOf(n) === i).join(' · ') || view.dossier.applicantName],
    [t('consultation.request.country'), a.countryCode && names.country(a.countryCode)],
    [t('consultation.request.provinces'), a.provinceCodes?.map(names.province).join('; ')],
    [t('consultation.request.fields'), a.fieldCodes?.map(names.field).join('; ')],
    [t('consultation.request.representative'), a.representative?.fullName],
    [t('consultation.request.purposes'), a.purposes],
    [t('consultation.request.acceptedOn'), view.dossier.acceptedOn && formatDay(view.dossier.acceptedOn)],
  ];
  return (
    <Card size="small" title={t('consultation.request.dossierTitle')} style={{ marginBottom: 16 }} data-testid="request-dossier">
      <Descriptions column={1} size="small" bordered>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              {value}
            </Descriptions.Item>
          ))}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('consultation.request.documents')}
      </Typography.Title>
      <List
        size="small"
        dataSource={view.documents}
        locale={{ emptyText: t('consultation.request.noDocuments') }}
        renderItem={(d) => (
          <List.Item data-testid="request-document">
            <a href={requestDocumentUrl(view.request.id, d.id)} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {d.fileName}
            </a>
            <Typography.Text type="secondary">{formatDateTime(d.uploadedAt)}</Typography.Text>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('consultation.request.readLogged')}
      </Typography.Text>
    </Card>
  );
}
