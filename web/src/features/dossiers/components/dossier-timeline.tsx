import { useState } from 'react';
import { Card, Flex, Switch, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../components/format';
import { roleLabel } from '../../../components/labels';
import { componentName, eventLabel, statusLabel } from '../dossier-labels';
import { isMilestone, readDecisionDraft } from '../dossier-rules';
import type { DossierDetail, DossierEvent } from '../types';

const COLOR: Record<string, string> = { request_supplement: 'orange', refuse: 'red', withdraw: 'gray', return_for_revision: 'orange', issue_certificate: 'green', approve: 'green' };

/** What an entry carries besides its label: components asked for, the draft decision, the certificate number. */
function EventDetails({ dossier, event }: { dossier: DossierDetail; event: DossierEvent }) {
  const { t } = useTranslation();
  const payload = (event.payload ?? {}) as { missingComponents?: string[]; decision?: unknown; certificateNumber?: string; fileName?: string; name?: string; channel?: string };
  const decision = event.action === 'propose_decision' ? readDecisionDraft(payload.decision) : null;
  return (
    <>
      {event.reason && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{t('dossiers.timeline.reason', { reason: event.reason })}</Typography.Paragraph>}
      {payload.missingComponents && payload.missingComponents.length > 0 && (
        <Typography.Text>{t('dossiers.timeline.missing', { list: payload.missingComponents.map((c) => componentName(dossier.components, c)).join('; ') })}</Typography.Text>
      )}
      {decision && (
        <Typography.Text>
          {decision.outcome === 'refuse'
            ? t('dossiers.timeline.proposedRefusal')
            : t('dossiers.timeline.proposedApproval', { from: formatDate(decision.validFrom, t('dossiers.decisionDraft.fromIssue')), to: formatDate(decision.validTo, t('dossiers.decisionDraft.toMax')) })}
        </Typography.Text>
      )}
      {payload.certificateNumber && <Typography.Text>{t('dossiers.timeline.certificate', { number: payload.certificateNumber })}</Typography.Text>}
      {payload.fileName && <Typography.Text type="secondary">{payload.fileName}</Typography.Text>}
      {event.action === 'assign' && payload.name && <Typography.Text>{payload.name}</Typography.Text>}
    </>
  );
}

/**
 * The dossier's history (action log): each step with who took it, on which day, the reason, and the due day of the
 * step it opened. Saves and uploads are hidden unless "all entries" is on.
 */
export function DossierTimeline({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const events = dossier.events.filter((e) => all || isMilestone(e));
  return (
    <Card
      size="small"
      title={t('dossiers.timeline.title')}
      extra={
        <Flex gap={6} align="center">
          <Switch size="small" checked={all} onChange={setAll} data-testid="timeline-all" />
          <Typography.Text type="secondary">{t('dossiers.timeline.showAll')}</Typography.Text>
        </Flex>
      }
      style={{ marginBottom: 16 }}
      data-testid="dossier-timeline"
    >
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: COLOR[e.action] ?? 'blue',
          content: (
            <Flex vertical gap={2} data-testid={`event-${e.action}`}>
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{eventLabel(t, e.action)}</Typography.Text>
                {e.fromStatus !== e.toStatus && <Tag>{statusLabel(t, e.toStatus)}</Tag>}
              </Flex>
              <Typography.Text type="secondary">
                {t('dossiers.timeline.byOn', { day: formatDate(e.onDay), who: e.actor ?? t('dossiers.timeline.system'), role: roleLabel(t, e.actorRole) })}
                {' · '}
                <span title={formatDateTime(e.occurredAt)}>{formatDateTime(e.occurredAt)}</span>
              </Typography.Text>
              <EventDetails dossier={dossier} event={e} />
              {e.stepDueOn && e.fromStatus !== e.toStatus && <Typography.Text type="secondary">{t('dossiers.timeline.stepDue', { date: formatDate(e.stepDueOn) })}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
