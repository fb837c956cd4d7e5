import { Alert, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { formatDate } from '../../../components/format';
import { ExportButton } from '../../exports/export-button';
import { useDashboardOverview } from '../api';
import { DashboardCharts } from '../components/dashboard-charts';

/** "Bảng điều khiển" for MOFA and agencies (reports:read): what the server's scope lets the user see. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const overview = useDashboardOverview();
  const data = overview.data;
  const scope = data?.scope;
  const year = data?.aidByYear.at(-1)?.year;
  const province = scope?.kind === 'province' ? data?.ngosByProvince.find((r) => r.code === scope.provinceCode) : undefined;
  const provinceName = (i18n.language === 'en' ? province?.nameEn : province?.nameVi) ?? scope?.provinceCode;
  return (
    <>
      <PageTitle
        title={t('dashboards.title')}
        extra={
          data && (
            <Flex gap={12} align="start" wrap>
              <ExportButton kind="dashboard_xlsx" label={t('dashboards.export.dashboard')} />
              {year && <ExportButton kind="aid_by_ngo_xlsx" params={{ year }} label={t('dashboards.export.aidByNgo', { year })} />}
            </Flex>
          )
        }
      />
      {overview.isError && <Alert type="error" showIcon title={t('dashboards.loadError')} />}
      {!data && !overview.isError && <Spin />}
      {data && (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">{t('dashboards.asOf', { date: formatDate(data.asOf) })}</Typography.Text>
            <Tag color="blue" data-testid="dashboard-scope">
              {scope?.kind === 'province'
                ? t('dashboards.scope.province', { code: provinceName })
                : scope?.kind === 'fields'
                  ? t('dashboards.scope.fields', { count: scope.fieldCodes?.length ?? 0 })
                  : t(`dashboards.scope.${scope?.kind ?? 'none'}`)}
            </Tag>
          </Flex>
          <DashboardCharts data={data} isPublic={false} />
        </>
      )}
    </>
  );
}
