import nodemailer from 'nodemailer';
import type { Storage } from '../storage/database.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** E.g. the calendar file of a booking; the outbox keeps the text and HTML only. */
  attachments?: MailAttachment[];
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

/** SMTP when SMTP_URL is set; otherwise mails go to the outbox table, which the demo shows. */
export function createMailer(options: { smtpUrl?: string; from: string; storage: Storage }): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from) : outboxMailer(options.storage);
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    transport: 'smtp',
    async send(mail) {
      await transporter.sendMail({ from, ...mail });
    },
    close: () => transporter.close(),
  };
}

function outboxMailer(storage: Storage): Mailer {
  return {
    transport: 'outbox',
    async send(mail) {
      await storage.db
        .insertInto('mail_outbox')
        .values({
          recipient: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          created_at: new Date().toISOString(),
        })
        .execute();
    },
    close: () => undefined,
  };
}
