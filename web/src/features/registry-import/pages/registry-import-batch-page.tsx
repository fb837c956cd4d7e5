import { Alert, Button, Skeleton } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useImport } from '../api';
import { ImportIssuesTable } from '../components/import-issues-table';
import { ImportSummary } from '../components/import-summary';

/** One import batch: progress of the check, its results row by row, and the all-or-nothing commit. */
export default function RegistryImportBatchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { importId = '' } = useParams();
  const batch = useImport(importId);

  return (
    <>
      <PageTitle
        title={t('registryImport.batchTitle')}
        extra={
          <Button icon={<UploadOutlined />} onClick={() => navigate('/registry/import')} data-testid="import-new">
            {t('registryImport.newImport')}
          </Button>
        }
      />
      {batch.isError && <Alert type="error" showIcon title={errorMessage(batch.error)} />}
      {batch.isPending && <Skeleton active />}
      {batch.data && (
        <>
          <ImportSummary batch={batch.data} />
          {batch.data.totalRows > 0 && batch.data.status !== 'discarded' && <ImportIssuesTable batch={batch.data} />}
        </>
      )}
    </>
  );
}
