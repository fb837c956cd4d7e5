import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { timelineKindLabel } from '../profile-labels';

function colorOf(kind: string): string {
  if (kind === 'certificate.expired') return 'gray';
  if (/^certificate\.(suspended|terminated|revoked)$/.test(kind)) return 'red';
  if (kind.startsWith('record.')) return 'blue';
  return 'green';
}

/** What happened to the NGO's record, newest first: versions of its certificates, expiries, data entry. */
export function ProfileTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('registry.profile.noEvents')} />;
  return (
    <Timeline
      data-testid="profile-timeline"
      mode="start"
      titleSpan="120px"
      items={events.map((event, index) => ({
        key: `${event.date}-${event.kind}-${index}`,
        color: colorOf(event.kind),
        title: formatDate(event.date),
        content: (
          <Flex vertical>
            <Typography.Text strong>{timelineKindLabel(t, event.kind)}</Typography.Text>
            <Typography.Text type="secondary">
              {[
                event.certificateNumber && t('registry.profile.certificateRef', { number: event.certificateNumber }),
                event.versionNo !== null && t('registry.profile.versionNo', { number: event.versionNo }),
                event.decisionNumber && t('registry.profile.decision', { number: event.decisionNumber }),
                event.actor && t('registry.profile.byActor', { actor: event.actor }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
