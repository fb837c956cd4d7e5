import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, List, Popconfirm, Tag, Typography, Upload } from 'antd';
import { CheckCircleTwoTone, DeleteOutlined, ExclamationCircleTwoTone, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, pickText, toApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../components/format';
import { useLanguage } from '../../../i18n/use-language';
import { useMe } from '../../auth/api';
import { documentDownloadUrl, documentUploadUrl, useRefreshDossier, useRemoveDocument } from '../api';
import type { DossierComponentStatus, DossierDetail, DossierDocument } from '../types';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';
const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One uploaded file: download link, size, legalisation / translation flags, and removal while editable. */
function DocumentLine({ dossierId, document, editable }: { dossierId: string; document: DossierDocument; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveDocument(dossierId);
  return (
    <Flex gap={8} align="center" wrap data-testid={`document-${document.componentCode}`}>
      <PaperClipOutlined />
      <Typography.Link href={documentDownloadUrl(dossierId, document.id)} download={document.fileName} data-testid="document-download">
        {document.fileName}
      </Typography.Link>
      <Typography.Text type="secondary">
        {kb(document.sizeBytes)} · {formatDateTime(document.uploadedAt)}
      </Typography.Text>
      {document.legalised && <Tag color="blue">{t('dossiers.documents.legalised')}</Tag>}
      {document.certifiedTranslation && <Tag color="blue">{t('dossiers.documents.certifiedTranslation')}</Tag>}
      {editable && (
        <Popconfirm title={t('dossiers.documents.removeConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(document.id, { onError: (e) => void message.error(errorMessage(e)) })}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={remove.isPending} aria-label={t('dossiers.documents.remove')} data-testid="document-remove" />
        </Popconfirm>
      )}
    </Flex>
  );
}

/** A component of the dossier: what it is, whether it is needed, its files, and (while editable) the upload. */
function ComponentRow({ dossier, component, editable }: { dossier: DossierDetail; component: DossierComponentStatus; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const refresh = useRefreshDossier(dossier.id);
  const [flags, setFlags] = useState({ legalised: false, certifiedTranslation: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [uploading, setUploading] = useState(false);
  const documents = dossier.documents.filter((d) => d.componentCode === component.code);
  const done = component.documents > 0;

  return (
    <List.Item data-testid={`component-${component.code}`} data-uploaded={done ? 'true' : 'false'}>
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <Flex gap={8} align="baseline">
          <span style={{ flex: 'none', width: 14 }}>{done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : component.required ? <ExclamationCircleTwoTone twoToneColor="#faad14" /> : null}</span>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{pickText(component.name)}</Typography.Text>
            <Tag color={component.required ? 'red' : 'default'}>{component.required ? t('dossiers.documents.required') : t('dossiers.documents.ifApplicable')}</Tag>
            {component.foreignDocument && <Tag>{t('dossiers.documents.foreign')}</Tag>}
          </Flex>
        </Flex>
        {documents.map((d) => (
          <DocumentLine key={d.id} dossierId={dossier.id} document={d} editable={editable} />
        ))}
        {editable && (
          <Flex gap={12} align="center" wrap>
            {component.foreignDocument && (
              <>
                <Checkbox checked={flags.legalised} onChange={(e) => setFlags({ ...flags, legalised: e.target.checked })} data-testid={`legalised-${component.code}`}>
                  {t('dossiers.documents.legalisedCheck')}
                </Checkbox>
                <Checkbox checked={flags.certifiedTranslation} onChange={(e) => setFlags({ ...flags, certifiedTranslation: e.target.checked })} data-testid={`translation-${component.code}`}>
                  {t('dossiers.documents.translationCheck')}
                </Checkbox>
              </>
            )}
            <span data-testid={`upload-${component.code}`}>
              <Upload
                name="file"
                action={documentUploadUrl(dossier.id)}
                accept={ACCEPT}
                withCredentials
                showUploadList={false}
                // Fields go before the file: the server reads componentCode and the flags first.
                data={{ componentCode: component.code, legalised: String(flags.legalised), certifiedTranslation: String(flags.certifiedTranslation) }}
                headers={{ 'x-csrf-token': me?.csrfToken ?? '', 'accept-language': language }}
                onChange={({ file }) => {
                  if (file.status === 'uploading') {
                    setUploading(true);
                    setError(null);
                  } else if (file.status === 'done') {
                    setUploading(false);
                    void message.success(t('dossiers.documents.uploaded', { name: file.name }));
                    void refresh();
                  } else if (file.status === 'error') {
                    setUploading(false);
                    const status = (file.error as { status?: number } | undefined)?.status ?? 0;
                    setError(status ? toApiError(status, file.response) : new ApiError(0, 'network_error', t('errors.network')));
                  }
                }}
              >
                <Button size="small" icon={<UploadOutlined />} loading={uploading}>
                  {t('dossiers.documents.upload')}
                </Button>
              </Upload>
            </span>
          </Flex>
        )}
        {error && <Alert type="error" showIcon title={error.localizedMessage()} closable onClose={() => setError(null)} data-testid={`upload-error-${component.code}`} />}
      </Flex>
    </List.Item>
  );
}

/**
 * The dossier's components (thành phần hồ sơ): each with its files, required or "if applicable". While the applicant
 * may edit, each row uploads PDF/JPEG/PNG/DOCX (checked by content on the server; a refusal is shown in the
 * interface language) with the legalisation and certified-translation marks for documents issued abroad.
 */
export function ComponentDocuments({ dossier, editable }: { dossier: DossierDetail; editable: boolean }) {
  const { t } = useTranslation();
  const components = [...dossier.components].filter((c) => c.required || c.documents > 0 || editable).sort((a, b) => Number(b.required) - Number(a.required));
  return (
    <Card size="small" title={t('dossiers.documents.title')} extra={editable ? <Typography.Text type="secondary">{t('dossiers.documents.formats')}</Typography.Text> : undefined} style={{ marginBottom: 16 }} data-testid="component-documents">
      <List dataSource={components} rowKey="code" renderItem={(c) => <ComponentRow dossier={dossier} component={c} editable={editable} />} />
    </Card>
  );
}
