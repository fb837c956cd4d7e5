import { Button } from 'antd';
import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { registryExportUrl } from '../export-url';
import type { RegistryFilters } from '../registry-filters';

/**
 * "Xuất Excel" and "Xuất CSV": download the register with the filters on screen (GET
 * /api/v1/organizations/export; the session cookie goes with the link).
 */
export function ExportButtons({ filters }: { filters: RegistryFilters }) {
  const { t } = useTranslation();
  return (
    <>
      <Button href={registryExportUrl(filters, 'xlsx')} download icon={<FileExcelOutlined />} data-testid="registry-export-xlsx">
        {t('registryEntry.export.xlsx')}
      </Button>
      <Button href={registryExportUrl(filters, 'csv')} download icon={<FileTextOutlined />} data-testid="registry-export-csv">
        {t('registryEntry.export.csv')}
      </Button>
    </>
  );
}
