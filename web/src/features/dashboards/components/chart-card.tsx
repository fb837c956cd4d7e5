import type { ReactNode } from 'react';
import { Card, Empty, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { chartCsvUrl, type DashboardChart } from '../api';

/** A dashboard card: title, the chart, and "Tải dữ liệu / Download data" (the chart's data as CSV). */
export function ChartCard({ chart, title, isPublic, isEmpty, children }: { chart: DashboardChart; title: string; isPublic: boolean; isEmpty?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      title={title}
      size="small"
      data-testid={`chart-${chart}`}
      extra={
        <Typography.Link href={chartCsvUrl(chart, isPublic)} download data-testid={`chart-csv-${chart}`}>
          <DownloadOutlined /> {t('dashboards.downloadData')}
        </Typography.Link>
      }
      styles={{ body: { minHeight: 280 } }}
    >
      {isEmpty ? <Empty description={t('dashboards.noData')} /> : children}
    </Card>
  );
}
