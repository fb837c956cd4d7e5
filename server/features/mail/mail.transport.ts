import nodemailer from 'nodemailer';

/** One plain-text message as handed to the transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Stable id of the outbox row, sent as the Message-ID's local part so a resend is recognisable. */
  outboxId: string;
}

/** What delivers mail (SMTP in production; tests pass a fake). */
export interface MailTransport {
  /** Resolves when the server accepted the message. @throws on any delivery error */
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * An SMTP transport over nodemailer from `SMTP_URL` (smtp:// with STARTTLS when the server offers it, or
 * smtps:// for implicit TLS; user and password in the URL). Connection timeouts are kept short so one slow
 * server does not hold the job for minutes.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    async send(mail) {
      const domain = /@([^>\s]+)>?\s*$/.exec(mail.from)?.[1] ?? 'ingo-hub.local';
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.outboxId}@${domain}>`,
      });
    },
  };
}
