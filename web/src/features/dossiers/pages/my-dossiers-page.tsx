import { Alert, Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useMyDossiers } from '../api';
import { DossierListTable } from '../components/dossier-list-table';

/** "Hồ sơ của tôi / My dossiers": the NGO's dossiers with their status, step and expected decision day. */
export default function MyDossiersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dossiers = useMyDossiers();
  return (
    <>
      <PageTitle
        title={t('dossiers.mine.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procedures')} data-testid="new-dossier">
            {t('dossiers.mine.new')}
          </Button>
        }
      />
      {dossiers.isError && <Alert type="error" showIcon title={errorMessage(dossiers.error)} style={{ marginBottom: 16 }} />}
      <Card size="small">
        <DossierListTable items={dossiers.data} loading={dossiers.isPending} linkOf={(d) => `/my/dossiers/${d.id}`} showApplicant={false} testId="my-dossiers" />
      </Card>
    </>
  );
}
