import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { slaTagColor } from '../dossier-rules';
import type { DossierClock, DossierStatus } from '../types';

const STATUS_COLORS: Record<DossierStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  supplement_requested: 'orange',
  accepted: 'cyan',
  in_consultation: 'geekblue',
  appraisal: 'purple',
  decision_pending: 'magenta',
  approved: 'green',
  refused: 'red',
  issued: 'success',
  refusal_delivered: 'error',
  withdrawn: 'default',
};

/** A dossier's status as a coloured tag. */
export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="dossier-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`dossiers.status.${status}`)}
    </Tag>
  );
}

/** The SLA state of the current step: green on time, amber due soon, red overdue, grey paused. */
export function SlaTag({ clock }: { clock: Pick<DossierClock, 'sla' | 'workingDaysLeft'> }) {
  const { t } = useTranslation();
  const days = clock.workingDaysLeft;
  const text =
    clock.sla === 'overdue' && days !== null
      ? t('dossiers.sla.overdueBy', { count: Math.abs(days) })
      : (clock.sla === 'on_time' || clock.sla === 'due_soon') && days !== null
        ? t('dossiers.sla.daysLeft', { count: days })
        : t(`dossiers.sla.${clock.sla}`);
  return (
    <Tag color={slaTagColor(clock.sla)} data-testid="dossier-sla" data-sla={clock.sla} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}
