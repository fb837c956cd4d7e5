import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Download URL of a submitted version of a report (XLSX or DOCX in the official layout). */
export const reportExportUrl = (reportId: string, versionId: string, format: 'xlsx' | 'docx') => `/api/v1/reports/${reportId}/versions/${versionId}/export?format=${format}`;

/** "Download XLSX / DOCX" of one submitted version. */
export function ReportDownloads({ reportId, versionId }: { reportId: string; versionId: string }) {
  const { t } = useTranslation();
  return (
    <Space size={4} aria-label={t('reporting.report.download')}>
      <Button size="small" icon={<FileExcelOutlined />} href={reportExportUrl(reportId, versionId, 'xlsx')} data-testid="report-xlsx">
        XLSX
      </Button>
      <Button size="small" icon={<FileWordOutlined />} href={reportExportUrl(reportId, versionId, 'docx')} data-testid="report-docx">
        DOCX
      </Button>
    </Space>
  );
}
