import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReferenceNames } from '../../reference/api';
import { countdownOf, timelinessColor } from '../consultation-rules';
import type { ConsulteeReason, MissedDeadline, ReplyPosition, Timeliness } from '../types';

/** "còn N ngày làm việc" / "hạn hôm nay" / "quá hạn N ngày làm việc", coloured by urgency. */
export function CountdownTag({ workingDaysLeft }: { workingDaysLeft: number | null }) {
  const { t } = useTranslation();
  const countdown = countdownOf(workingDaysLeft);
  return (
    <Tag color={countdown.color} data-testid="countdown" data-countdown={countdown.key} data-days={workingDaysLeft ?? ''} style={{ marginInlineEnd: 0 }}>
      {t(`consultation.countdown.${countdown.key}`, { count: countdown.count })}
    </Tag>
  );
}

/** On time / late / missing / pending. */
export function TimelinessTag({ timeliness }: { timeliness: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Tag color={timelinessColor(timeliness)} data-testid="timeliness" data-timeliness={timeliness} style={{ marginInlineEnd: 0 }}>
      {t(`consultation.timeliness.${timeliness}`)}
    </Tag>
  );
}

/**
 * How an agency's silence past its due day reads under the configuration: "no reply by the deadline" (default) or
 * "deemed to agree (configuration)" — a note on the record, never a reply in the agency's name.
 */
export function MissedDeadlineTag({ missedDeadline }: { missedDeadline: MissedDeadline | null }) {
  const { t } = useTranslation();
  if (!missedDeadline) return null;
  return (
    <Tag color={missedDeadline === 'deemed_agreement' ? 'cyan' : 'volcano'} title={t(`consultation.missedDeadline.${missedDeadline}Hint`)} data-testid="missed-deadline" data-missed-deadline={missedDeadline} style={{ marginInlineEnd: 0 }}>
      {t(`consultation.missedDeadline.${missedDeadline}`)}
    </Tag>
  );
}

const POSITION_COLORS: Record<ReplyPosition, string> = { agree: 'green', agree_with_conditions: 'gold', disagree: 'red', outside_remit: 'default' };

/** The position of a reply. */
export function PositionTag({ position }: { position: ReplyPosition | null }) {
  const { t } = useTranslation();
  if (!position) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={POSITION_COLORS[position]} data-testid="position" data-position={position} style={{ marginInlineEnd: 0 }}>
      {t(`consultation.positions.${position}`)}
    </Tag>
  );
}

/** Why an agency is asked, one line per reason (plus the officer's reason when added by hand). */
export function ConsulteeReasons({ reasons, addedReason }: { reasons: readonly ConsulteeReason[]; addedReason?: string | null }) {
  const { t } = useTranslation();
  const names = useReferenceNames();
  const lines = reasons.map((r) => {
    switch (r.kind) {
      case 'field':
        return t('consultation.reasons.field', { field: r.fieldCode ? names.field(r.fieldCode) : '' });
      case 'area':
        return t('consultation.reasons.area', { province: r.provinceCode ? names.province(r.provinceCode) : '' });
      case 'office':
        return t('consultation.reasons.office', { province: r.provinceCode ? names.province(r.provinceCode) : '' });
      case 'change':
        return t('consultation.reasons.change', { change: r.change ?? '' });
      default:
        return t(`consultation.reasons.${r.kind}`);
    }
  });
  if (addedReason) lines.push(t('consultation.reasons.added', { reason: addedReason }));
  return (
    <Typography.Text type="secondary" data-testid="consultee-reasons">
      {[...new Set(lines)].join('; ')}
    </Typography.Text>
  );
}
