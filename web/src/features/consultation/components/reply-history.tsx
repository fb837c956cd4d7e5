import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../consultation-rules';
import type { ConsultationReply } from '../types';
import { PositionTag } from './consultation-tags';
import { ReplyLetterLink } from './reply-letter-upload';

/** One sent reply: position, reasons, conditions, signer; a superseded one struck through and grey. */
export function ReplyEntry({ reply, requestId }: { reply: ConsultationReply; requestId?: string }) {
  const { t } = useTranslation();
  const superseded = reply.status === 'superseded';
  const style = superseded ? { textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' } : undefined;
  return (
    <div data-testid={`reply-${reply.version}`} data-status={reply.status} style={{ opacity: superseded ? 0.6 : 1, marginBottom: 12 }}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong style={style}>
          {t('consultation.replies.version', { version: reply.version })}
        </Typography.Text>
        <PositionTag position={reply.position} />
        {reply.sentOn && <Typography.Text type="secondary">{t('consultation.replies.sentOn', { date: formatDay(reply.sentOn) })}</Typography.Text>}
        {reply.late && <Tag color="orange">{t('consultation.replies.lateTag')}</Tag>}
        {superseded && <Tag data-testid="reply-superseded">{t('consultation.replies.superseded')}</Tag>}
      </Flex>
      <Descriptions column={1} size="small" style={style}>
        {reply.reasons && <Descriptions.Item label={t('consultation.replies.reasons')}>{reply.reasons}</Descriptions.Item>}
        {reply.items.map((item, i) => (
          <Descriptions.Item key={i} label={t(`consultation.itemKinds.${item.kind}`)}>
            <span data-testid="reply-item">{item.text}</span>
          </Descriptions.Item>
        ))}
        {reply.signerName && <Descriptions.Item label={t('consultation.replies.signer')}>{[reply.signerName, reply.signerTitle].filter(Boolean).join(', ')}</Descriptions.Item>}
        {reply.preparedByName && <Descriptions.Item label={t('consultation.replies.preparedBy')}>{reply.preparedByName}</Descriptions.Item>}
        {requestId && reply.letterFile && (
          <Descriptions.Item label={t('consultation.letter.label')}>
            <ReplyLetterLink requestId={requestId} reply={reply} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}

/** The sent replies of a request, newest first (sent ones are immutable; a correction supersedes, both kept). */
export function ReplyHistory({ replies, requestId }: { replies: readonly ConsultationReply[]; requestId?: string }) {
  const { t } = useTranslation();
  const sent = replies.filter((r) => r.status !== 'draft').sort((a, b) => b.version - a.version);
  return (
    <Card size="small" title={t('consultation.replies.title')} style={{ marginBottom: 16 }} data-testid="reply-history">
      {sent.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consultation.replies.empty')} /> : sent.map((r) => <ReplyEntry key={r.id} reply={r} requestId={requestId} />)}
    </Card>
  );
}
