import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography, Upload, type UploadProps } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../api/api-error';
import { useLanguage } from '../../../i18n/use-language';
import { useMe } from '../../auth/api';
import { importKeys, MAX_UPLOAD_BYTES, templateUrl, UPLOAD_URL } from '../api';

/** Step 1: the templates to download (plain links; the session cookie goes with them). */
export function TemplateDownloads() {
  const { t } = useTranslation();
  return (
    <Card title={t('registryImport.template.title')} style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('registryImport.template.hint')}</Typography.Text>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<DownloadOutlined />} href={templateUrl('xlsx')} download data-testid="import-template-xlsx">
            {t('registryImport.template.xlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={templateUrl('csv')} download data-testid="import-template-csv">
            {t('registryImport.template.csv')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * Step 2: upload an .xlsx/.csv file (multipart with the CSRF header; the bar shows the upload's progress).
 * The server answers with the new batch, whose page then shows the check's progress and results.
 */
export function ImportUpload() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [error, setError] = useState<string | null>(null);

  const props: UploadProps = {
    name: 'file',
    action: UPLOAD_URL,
    accept: '.xlsx,.csv',
    maxCount: 1,
    withCredentials: true,
    headers: { 'x-csrf-token': me?.csrfToken ?? '', 'accept-language': language },
    beforeUpload: (file) => {
      setError(null);
      if (file.size > MAX_UPLOAD_BYTES) {
        setError(t('registryImport.upload.tooLarge'));
        return Upload.LIST_IGNORE;
      }
      return true;
    },
    onChange: ({ file }) => {
      if (file.status === 'done' && file.response?.id) {
        void queryClient.invalidateQueries({ queryKey: importKeys.list() });
        navigate(`/registry/import/${file.response.id}`);
      } else if (file.status === 'error') {
        const status = (file.error as { status?: number } | undefined)?.status ?? 0;
        setError(status ? toApiError(status, file.response).localizedMessage() : t('registryImport.upload.failed'));
      }
    },
  };

  return (
    <Card title={t('registryImport.upload.title')} style={{ height: '100%' }}>
      <Upload.Dragger {...props} data-testid="import-upload">
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('registryImport.upload.drop')}</p>
        <p className="ant-upload-hint">{t('registryImport.upload.hint')}</p>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="import-upload-error" />}
    </Card>
  );
}
