import { randomUUID } from 'node:crypto';
import type { NewsletterIssueText, NewsletterTopic, SupportedLocale } from '@welcome-widgets/domain';
import type { Logger } from '../../http/logger.js';
import type { Mailer } from '../../mail/mailer.js';
import type { Storage } from '../../storage/database.js';
import type { MailLinks } from '../newsletter-mails.js';
import { hashToken, newToken } from '../tokens.js';
import { hasAnyTopic } from './issue-audience.js';
import { renderIssueBody } from './issue-body.js';
import { issueMail } from './issue-mail.js';

export interface IssueSenderSettings {
  publisher: string;
  from?: string;
  links: MailLinks;
  /** Subscribers whose mails are stored in one transaction (NEWSLETTER_SEND_BATCH_SIZE). */
  batchSize: number;
  /** How long one instance holds an issue's sending; renewed with every batch. */
  leaseMs: number;
}

/**
 * Stores an issue's mails in the queue, batch by batch, each batch in one transaction with the
 * rows that say who got it; so a send stopped anywhere (a crash, a restart, a failed batch) resumes
 * where it stopped, and nobody is mailed twice: a subscriber with a row for the issue is skipped,
 * and the row's primary key (issue, subscriber) refuses a second. One instance at a time holds an
 * issue (a lease, like the mail queue's claims); another takes over when it lapses.
 */
export class IssueSender {
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly storage: Storage,
    private readonly mailer: Mailer,
    private readonly settings: IssueSenderSettings,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts storing the issue's mails in the background unless another run holds it. */
  start(issueId: number): void {
    if (this.stopped) return;
    const run = this.run(issueId)
      .catch((error: unknown) => this.logger.error('newsletter issue send stopped', { issueId, error: String(error) }))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Issues left `sending` by a run that ended (a crash, a restart): taken up once their lease has lapsed. */
  async resumeInterrupted(): Promise<void> {
    const at = this.now().toISOString();
    const interrupted = await this.storage.db
      .selectFrom('newsletter_issues')
      .select('id')
      .where('status', '=', 'sending')
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at)]))
      .execute();
    for (const { id } of interrupted) this.start(id);
  }

  /** Lets a batch in progress finish (its transaction), then stops; the rest waits for the next start. */
  async close(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }

  async run(issueId: number): Promise<void> {
    const claimId = randomUUID();
    if (!(await this.renewLease(issueId, claimId, true))) return;
    const bodies = new Map<SupportedLocale, { html: string; text: string }>();
    try {
      while (!this.stopped && (await this.storeBatch(issueId, claimId, bodies))) {
        this.mailer.poke();
        // better-sqlite3 answers synchronously: without a pause the whole send would run in
        // microtasks, and no request would be served until the last batch (bench/newsletter-issue-send.ts).
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.mailer.poke();
    } finally {
      await this.storage.db
        .updateTable('newsletter_issues')
        .set({ claim_id: null, claimed_until: null })
        .where('id', '=', issueId)
        .where('claim_id', '=', claimId)
        .execute();
    }
  }

  /** Takes (`first`) or extends the lease; false when another run holds it or the issue is not being sent. */
  private async renewLease(issueId: number, claimId: string, first: boolean): Promise<boolean> {
    const now = this.now();
    const result = await this.storage.db
      .updateTable('newsletter_issues')
      .set({ claim_id: claimId, claimed_until: new Date(now.getTime() + this.settings.leaseMs).toISOString() })
      .where('id', '=', issueId)
      .where('status', '=', 'sending')
      .where((eb) =>
        first
          ? eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now.toISOString())])
          : eb('claim_id', '=', claimId),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** One batch in one transaction; false when there was nothing left (the issue is then `sent`) or the lease is lost. */
  private async storeBatch(
    issueId: number,
    claimId: string,
    bodies: Map<SupportedLocale, { html: string; text: string }>,
  ): Promise<boolean> {
    if (!(await this.renewLease(issueId, claimId, false))) return false;
    return this.storage.db.transaction().execute(async (trx) => {
      const issue = await trx
        .selectFrom('newsletter_issues')
        .select(['topics', 'texts'])
        .where('id', '=', issueId)
        .executeTakeFirstOrThrow();
      const topics = JSON.parse(issue.topics) as NewsletterTopic[];
      const texts = new Map((JSON.parse(issue.texts) as NewsletterIssueText[]).map((text) => [text.language, text]));
      const subscribers = await trx
        .selectFrom('newsletter_subscribers')
        .select(['id', 'email', 'topics', 'language'])
        .where('status', '=', 'confirmed')
        .where('language', 'in', [...texts.keys()])
        .where(hasAnyTopic(topics))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('newsletter_issue_recipients as r')
                .select('r.subscriber_id')
                .where('r.issue_id', '=', issueId)
                .whereRef('r.subscriber_id', '=', 'newsletter_subscribers.id'),
            ),
          ),
        )
        .orderBy('id')
        .limit(this.settings.batchSize)
        .execute();

      if (subscribers.length === 0) {
        await trx
          .updateTable('newsletter_issues')
          .set({ status: 'sent', sent_at: this.now().toISOString() })
          .where('id', '=', issueId)
          .where('status', '=', 'sending')
          .execute();
        return false;
      }

      const recipients = [];
      for (const subscriber of subscribers) {
        const language = subscriber.language as SupportedLocale;
        const text = texts.get(language)!;
        let body = bodies.get(language);
        if (!body) bodies.set(language, (body = renderIssueBody(text.markdown)));
        // A token per mail, stored hashed: the subscriber's older links cannot be rebuilt, and need not be.
        const token = newToken();
        const mailId = await this.mailer.sendUnlimited(
          {
            ...issueMail({
              to: subscriber.email,
              language,
              subject: text.subject,
              body,
              subscriberTopics: JSON.parse(subscriber.topics) as NewsletterTopic[],
              unsubscribeToken: token,
              publisher: this.settings.publisher,
              links: this.settings.links,
            }),
            ...(this.settings.from ? { from: this.settings.from } : {}),
            kind: 'newsletter-issue',
            bulk: true,
          },
          { db: trx },
        );
        recipients.push({
          issue_id: issueId,
          subscriber_id: subscriber.id,
          language,
          mail_id: mailId,
          unsubscribe_token_hash: hashToken(token),
        });
      }
      // In slices: SQLite takes at most 32,766 parameters a statement.
      for (let start = 0; start < recipients.length; start += 1000) {
        await trx
          .insertInto('newsletter_issue_recipients')
          .values(recipients.slice(start, start + 1000))
          .execute();
      }
      await trx
        .updateTable('newsletter_issues')
        .set((eb) => ({ recipient_count: eb('recipient_count', '+', recipients.length) }))
        .where('id', '=', issueId)
        .execute();
      return true;
    });
  }
}
