import { z } from 'zod';

/** Query of the development mailbox. */
export const devMailboxQuerySchema = z.object({
  to: z.string().trim().max(320).optional().describe('Only mails to this address (case-insensitive)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** One outbox mail as the development mailbox shows it. */
export const outboxMailSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    kind: z.string(),
    createdAt: z.string().describe('ISO instant'),
    sentAt: z.string().nullable().describe('When the SMTP server accepted it; null while pending'),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxMail' });

/** The development mailbox: newest mails first. */
export const devMailboxSchema = z.object({ items: z.array(outboxMailSchema) }).meta({ id: 'DevMailbox' });
