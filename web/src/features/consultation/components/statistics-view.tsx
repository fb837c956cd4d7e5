import { useState } from 'react';
import { Alert, Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { DATE_PICKER_FORMAT, toIsoDay } from '../../../components/format';
import { localName } from '../../../components/labels';
import { useLanguage } from '../../../i18n/use-language';
import { useConsultationStatistics } from '../api';
import type { AgencyStatistics } from '../types';

/**
 * Replies per agency over the requests sent in a period (default: this year): received, on time, late, missing,
 * pending and the median working days to reply. MOFA sees every agency; an agency only itself (server-scoped).
 */
export function StatisticsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs().endOf('year')]);
  const query = useConsultationStatistics(toIsoDay(range[0])!, toIsoDay(range[1])!);
  const number = (key: keyof AgencyStatistics & string, title: string) => ({ title, dataIndex: key, key, align: 'right' as const, width: 110 });

  return (
    <Card size="small" data-testid="consultation-statistics">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('consultation.statistics.period')}</Typography.Text>
        <DatePicker.RangePicker
          value={range}
          format={DATE_PICKER_FORMAT}
          allowClear={false}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          data-testid="statistics-period"
        />
        <Typography.Text type="secondary">{t('consultation.statistics.help')}</Typography.Text>
      </Flex>
      {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 12 }} />}
      <Table<AgencyStatistics>
        size="small"
        rowKey="unitCode"
        loading={query.isFetching}
        dataSource={query.data ?? []}
        pagination={false}
        locale={{ emptyText: t('consultation.statistics.empty') }}
        onRow={(row) => ({ 'data-testid': `stats-${row.unitCode}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('consultation.columns.agency'), key: 'agency', render: (_, row) => localName(row, language) },
          number('received', t('consultation.columns.received')),
          number('onTime', t('consultation.columns.onTime')),
          number('late', t('consultation.columns.late')),
          number('missing', t('consultation.columns.missing')),
          number('pending', t('consultation.columns.pending')),
          { title: t('consultation.columns.median'), dataIndex: 'medianWorkingDays', key: 'median', align: 'right', width: 150, render: (v: number | null) => (v === null ? '—' : v.toLocaleString(language)) },
        ]}
      />
    </Card>
  );
}
