import { Alert, Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format';
import { ownerLabel, stepLabel } from '../dossier-labels';
import { SLA_COLORS } from '../dossier-rules';
import type { DossierDetail } from '../types';
import { SlaTag } from './dossier-tags';

/**
 * Where the dossier stands: the current step, who holds it, its due day and the working days left (Decree 58/2022
 * Art. 11 step limits), the overall due day, and a note while the clock is stopped for a supplement.
 */
export function DossierClockCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const { clock } = dossier;
  return (
    <Card
      size="small"
      title={t('dossiers.clock.title')}
      style={{ marginBottom: 16, borderInlineStart: `4px solid ${SLA_COLORS[clock.sla].bar}` }}
      data-testid="dossier-clock"
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('dossiers.clock.step')}>
          <span data-testid="clock-step">{stepLabel(t, clock.step)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.clock.owner')}>
          <span data-testid="clock-owner">{ownerLabel(t, clock.owner)}</span>
        </Descriptions.Item>
        {clock.dueOn && (
          <Descriptions.Item label={t('dossiers.clock.dueOn')}>
            <Flex gap={8} align="center" wrap>
              <span data-testid="clock-due">{formatDate(clock.dueOn)}</span>
              <SlaTag clock={clock} />
            </Flex>
          </Descriptions.Item>
        )}
        {!clock.dueOn && clock.sla === 'paused' && (
          <Descriptions.Item label={t('dossiers.clock.dueOn')}>
            <SlaTag clock={clock} />
          </Descriptions.Item>
        )}
        {dossier.expectedDecisionOn && (
          <Descriptions.Item label={t('dossiers.clock.expectedDecision')}>
            <strong data-testid="dossier-expected-decision">{formatDate(dossier.expectedDecisionOn)}</strong>
          </Descriptions.Item>
        )}
        {clock.overallWorkingDaysUsed !== null && (
          <Descriptions.Item label={t('dossiers.clock.used')}>{t('dossiers.clock.usedValue', { count: clock.overallWorkingDaysUsed })}</Descriptions.Item>
        )}
      </Descriptions>
      {clock.paused && <Alert type="info" showIcon title={t('dossiers.clock.pausedNote')} />}
    </Card>
  );
}
