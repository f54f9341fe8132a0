import type { Storage } from '../storage/database.js';

export interface OutboxAttachmentSummary {
  filename: string;
  contentType: string;
  /** Bytes, UTF-8, as downloaded. */
  size: number;
  /** Where to download it, from the server's root. */
  url: string;
}

export interface OutboxMail {
  id: number;
  from: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  attachments: OutboxAttachmentSummary[];
}

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const attachmentPath = (mailId: number, position: number) =>
  `/api/v1/dev/outbox/${mailId}/attachments/${position}`;

/** The newest mails first, each with its attachments listed (not their content). */
export async function latestMails(storage: Storage, limit: number): Promise<OutboxMail[]> {
  const mails = await storage.db
    .selectFrom('mail_outbox')
    .select(['id', 'sender', 'recipient', 'subject', 'text', 'html', 'created_at'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const ids = mails.map((mail) => mail.id);
  const attachments =
    ids.length === 0
      ? []
      : await storage.db
          .selectFrom('mail_outbox_attachments')
          .select(['mail_id', 'position', 'filename', 'content_type', 'content'])
          .where('mail_id', 'in', ids)
          .orderBy('mail_id')
          .orderBy('position')
          .execute();
  return mails.map((mail) => ({
    id: mail.id,
    from: mail.sender,
    to: mail.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    createdAt: mail.created_at,
    attachments: attachments
      .filter((attachment) => attachment.mail_id === mail.id)
      .map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.content_type,
        size: Buffer.byteLength(attachment.content, 'utf8'),
        url: attachmentPath(mail.id, attachment.position),
      })),
  }));
}

export async function findAttachment(
  storage: Storage,
  mailId: number,
  position: number,
): Promise<OutboxAttachment | undefined> {
  const row = await storage.db
    .selectFrom('mail_outbox_attachments')
    .select(['filename', 'content_type', 'content'])
    .where('mail_id', '=', mailId)
    .where('position', '=', position)
    .executeTakeFirst();
  return row && { filename: row.filename, contentType: row.content_type, content: row.content };
}
