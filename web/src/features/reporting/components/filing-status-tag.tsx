import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingStatus } from '../types';

/** Colours of the filing statuses: filed on time, filed late, open, due soon, overdue (missing). */
export const FILING_STATUS_COLORS: Record<FilingStatus, string> = { filed_on_time: 'green', filed_late: 'orange', open: 'blue', due_soon: 'gold', overdue: 'red' };

/** "Đúng hạn / Nộp muộn / Chưa đến hạn / Sắp đến hạn / Quá hạn". */
export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={FILING_STATUS_COLORS[status]} data-testid="filing-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`reporting.status.${status}`)}
    </Tag>
  );
}

/** "còn N ngày làm việc" / "hạn hôm nay" / "quá hạn N ngày làm việc". */
export function WorkingDaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <>—</>;
  if (days > 0) return <>{t('reporting.daysLeft', { count: days })}</>;
  if (days === 0) return <>{t('reporting.dueToday')}</>;
  return <>{t('reporting.daysOverdue', { count: -days })}</>;
}
