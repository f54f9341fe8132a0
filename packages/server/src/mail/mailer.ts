import nodemailer from 'nodemailer';
import type { Storage } from '../storage/database.js';

export interface OutgoingMail {
  /** The sender for this mail's purpose (MAIL_FROM_NEWSLETTER, MAIL_FROM_APPOINTMENTS); else the mailer's default. */
  from?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** E.g. the calendar file of a booking. */
  attachments?: MailAttachment[];
  /**
   * Until when a copy of this mail may be kept, i.e. as long as the data it is about (a booking
   * until its deletion, a confirmation request until it expires). The outbox forgets it then.
   */
  keepUntil?: Date;
}

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Outbox copies of mails that name no `keepUntil` are deleted after this many days. */
export const OUTBOX_DEFAULT_KEEP_DAYS = 30;

/** SMTP when SMTP_URL is set; otherwise mails go to the outbox table, which the demo shows. */
export function createMailer(options: { smtpUrl?: string; from: string; storage: Storage; now?: () => Date }): Mailer {
  return options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.from)
    : outboxMailer(options.storage, options.from, options.now ?? (() => new Date()));
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    transport: 'smtp',
    async send({ keepUntil: _kept, from: sender, ...mail }) {
      await transporter.sendMail({ from: sender ?? from, ...mail });
    },
    close: () => transporter.close(),
  };
}

function outboxMailer(storage: Storage, from: string, now: () => Date): Mailer {
  return {
    transport: 'outbox',
    async send(mail) {
      const createdAt = now();
      const keepUntil = mail.keepUntil ?? new Date(createdAt.getTime() + OUTBOX_DEFAULT_KEEP_DAYS * 86_400_000);
      await storage.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('mail_outbox')
          .values({
            sender: mail.from ?? from,
            recipient: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            created_at: createdAt.toISOString(),
            delete_after: keepUntil.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const attachments = mail.attachments ?? [];
        if (attachments.length === 0) return;
        await trx
          .insertInto('mail_outbox_attachments')
          .values(
            attachments.map((attachment, position) => ({
              mail_id: id,
              position,
              filename: attachment.filename,
              content_type: attachment.contentType,
              content: attachment.content,
            })),
          )
          .execute();
      });
    },
    close: () => undefined,
  };
}
