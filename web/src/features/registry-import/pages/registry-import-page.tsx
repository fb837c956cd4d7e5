import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { ImportUpload, TemplateDownloads } from '../components/import-upload';
import { RecentImports } from '../components/recent-imports';

/**
 * Bulk import of existing NGOs (MOFA data entry from paper and spreadsheets): download the template, upload the
 * filled-in file for a dry run, then review and commit it on the batch's page. Recent batches are listed below.
 */
export default function RegistryImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('registryImport.title')} />
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t('registryImport.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <TemplateDownloads />
        </Col>
        <Col xs={24} lg={14}>
          <ImportUpload />
        </Col>
      </Row>
      <RecentImports />
    </>
  );
}
