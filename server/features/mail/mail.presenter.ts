import type { z } from 'zod';
import type { MailRow } from './mail.repo';
import type { outboxMailSchema } from './mail.schemas';

/** Outbox row → API JSON (ISO instants). */
export function presentOutboxMail(row: MailRow): z.infer<typeof outboxMailSchema> {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    bodyText: row.bodyText,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.lastError,
  };
}
