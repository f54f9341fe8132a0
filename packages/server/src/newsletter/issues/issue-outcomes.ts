import type { NewsletterRecipientPage, NewsletterRecipientStatus, SupportedLocale } from '@welcome-widgets/domain';
import type { Storage } from '../../storage/database.js';

/**
 * Copies the outcome of issue mails (sent, failed for good) from the queue to the recipients' rows
 * and the issues' counts. The queue forgets a sent mail after a day and a failed one after a week,
 * so this runs before each purge of the queue (server.ts), and before progress is read.
 */
export async function recordOutcomes(storage: Storage, onlyIssue?: number): Promise<void> {
  const open = await storage.db
    .selectFrom('newsletter_issues')
    .select('id')
    .where('status', '!=', 'draft')
    .whereRef('recipient_count', '>', (eb) => eb('sent_count', '+', eb.ref('failed_count')))
    .$if(onlyIssue !== undefined, (q) => q.where('id', '=', onlyIssue!))
    .execute();
  for (const { id } of open) {
    await storage.db.transaction().execute(async (trx) => {
      const settle = async (status: 'sent' | 'failed') => {
        const result = await trx
          .updateTable('newsletter_issue_recipients')
          .set({ status })
          .where('issue_id', '=', id)
          .where('status', '=', 'queued')
          .where('mail_id', 'in', (eb) => eb.selectFrom('mail_outbox').select('id').where('status', '=', status))
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      };
      const sent = await settle('sent');
      const failed = await settle('failed');
      if (sent + failed === 0) return;
      await trx
        .updateTable('newsletter_issues')
        .set((eb) => ({
          sent_count: eb('sent_count', '+', sent),
          failed_count: eb('failed_count', '+', failed),
        }))
        .where('id', '=', id)
        .execute();
    });
  }
}

/**
 * The recipients of an issue with their mail's state, by subscriber id. The address is the
 * subscriber's own row's (no copy is kept for the issue); the attempts and last failure come
 * from the queue while it still has the mail.
 */
export async function recipientPage(
  storage: Storage,
  issueId: number,
  query: { status?: NewsletterRecipientStatus; after?: number; limit: number },
): Promise<NewsletterRecipientPage> {
  const rows = await storage.db
    .selectFrom('newsletter_issue_recipients as r')
    .innerJoin('newsletter_subscribers as s', 's.id', 'r.subscriber_id')
    .leftJoin('mail_outbox as m', 'm.id', 'r.mail_id')
    .select(['r.subscriber_id', 's.email', 'r.language', 'r.status', 'm.attempts', 'm.last_error'])
    .where('r.issue_id', '=', issueId)
    .$if(query.status !== undefined, (q) => q.where('r.status', '=', query.status!))
    .$if(query.after !== undefined, (q) => q.where('r.subscriber_id', '>', query.after!))
    .orderBy('r.subscriber_id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    recipients: page.map((row) => ({
      subscriberId: row.subscriber_id,
      email: row.email,
      language: row.language as SupportedLocale,
      status: row.status,
      attempts: row.attempts ?? null,
      lastError: row.last_error ?? null,
    })),
    nextAfter: rows.length > query.limit ? page[page.length - 1]!.subscriber_id : null,
  };
}
