import type {
  NewsletterAudience,
  NewsletterIssue,
  NewsletterIssueInput,
  NewsletterIssuePreview,
  NewsletterIssueText,
  NewsletterTopic,
  SupportedLocale,
} from '@welcome-widgets/domain';
import type { Selectable } from 'kysely';
import type { Mailer, SendOutcome } from '../../mail/mailer.js';
import { recordAudit } from '../../staff/audit-log.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import type { Storage } from '../../storage/database.js';
import type { NewsletterIssueTable } from '../../storage/schema.js';
import type { MailLinks } from '../newsletter-mails.js';
import { newToken } from '../tokens.js';
import { audienceOf } from './issue-audience.js';
import { renderIssueBody } from './issue-body.js';
import { issueMail } from './issue-mail.js';
import { recordOutcomes } from './issue-outcomes.js';
import type { IssueSender } from './issue-sender.js';

/** Who does something: an account (its address at the time) or the API token. */
export interface IssueActor {
  /** Stored as `created_by`, `sent_by`: the account's e-mail address, or `api-token`. */
  label: string;
  /** Where a test mail goes; null for the API token, which must name an address. */
  email: string | null;
  /** For the audit log. */
  actor: StaffActor;
}

export interface IssueSettings {
  publisher: string;
  from?: string;
  links: MailLinks;
}

export type IssueChange = NewsletterIssue | 'not-found' | 'not-draft';

/** Drafts, previews, test mails and the start of sending; the mails themselves are IssueSender's. */
export class NewsletterIssues {
  constructor(
    private readonly storage: Storage,
    private readonly mailer: Mailer,
    private readonly sender: IssueSender,
    private readonly settings: IssueSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<NewsletterIssue[]> {
    await recordOutcomes(this.storage);
    const rows = await this.storage.db.selectFrom('newsletter_issues').selectAll().orderBy('id', 'desc').execute();
    return rows.map(toIssue);
  }

  async get(id: number): Promise<NewsletterIssue | undefined> {
    await recordOutcomes(this.storage, id);
    const row = await this.storage.db
      .selectFrom('newsletter_issues')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toIssue(row);
  }

  async create(input: NewsletterIssueInput, actor: IssueActor): Promise<NewsletterIssue> {
    const now = this.now();
    const at = now.toISOString();
    return this.storage.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('newsletter_issues')
        .values({
          status: 'draft',
          ...stored(input),
          created_at: at,
          created_by: actor.label,
          updated_at: at,
          updated_by: actor.label,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor.actor, now, {
        action: 'newsletter.issue.create',
        target: `issue:${row.id}`,
        after: input,
      });
      return toIssue(row);
    });
  }

  /** Only a draft changes: what was sent stays as it was sent (the archive). */
  async update(id: number, input: NewsletterIssueInput, actor: IssueActor): Promise<IssueChange> {
    const now = this.now();
    return this.storage.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('newsletter_issues').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) return 'not-found';
      const row = await trx
        .updateTable('newsletter_issues')
        .set({ ...stored(input), updated_at: now.toISOString(), updated_by: actor.label })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .returningAll()
        .executeTakeFirst();
      if (!row) return 'not-draft';
      await recordAudit(trx, actor.actor, now, {
        action: 'newsletter.issue.update',
        target: `issue:${id}`,
        before: composed(before),
        after: input,
      });
      return toIssue(row);
    });
  }

  async remove(id: number, actor: IssueActor): Promise<'deleted' | 'not-found' | 'not-draft'> {
    return this.storage.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('newsletter_issues').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) return 'not-found';
      const result = await trx
        .deleteFrom('newsletter_issues')
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return 'not-draft';
      await recordAudit(trx, actor.actor, this.now(), {
        action: 'newsletter.issue.delete',
        target: `issue:${id}`,
        before: composed(before),
      });
      return 'deleted';
    });
  }

  /** The mails as subscribers would get them, and who would get them now; stores nothing. */
  async preview(input: NewsletterIssueInput): Promise<NewsletterIssuePreview> {
    return {
      languages: input.texts.map((text) => {
        const body = renderIssueBody(text.markdown);
        const mail = this.mail(text, body, input.topics, 'x', newToken());
        return {
          language: text.language,
          subject: text.subject,
          html: body.html,
          mailHtml: mail.html,
          mailText: mail.text,
        };
      }),
      audience: await this.audience(input),
    };
  }

  audience(input: NewsletterIssueInput): Promise<NewsletterAudience> {
    return audienceOf(
      this.storage.db,
      input.topics,
      input.texts.map((text) => text.language),
    );
  }

  /**
   * One language's mail, marked as a test, to one staff address. Its unsubscribe link carries a
   * token that is stored nowhere, so it unsubscribes nobody. Counts toward the address's daily limit.
   */
  async testMail(
    id: number,
    to: string,
    language: SupportedLocale | undefined,
  ): Promise<{ outcome: SendOutcome; language: SupportedLocale } | 'not-found' | 'no-text'> {
    const issue = await this.get(id);
    if (!issue) return 'not-found';
    const text = language ? issue.texts.find((t) => t.language === language) : issue.texts[0];
    if (!text) return 'no-text';
    const mail = this.mail(text, renderIssueBody(text.markdown), issue.topics, to, newToken());
    const outcome = await this.mailer.send({
      ...mail,
      subject: `[Test] ${mail.subject}`,
      ...(this.settings.from ? { from: this.settings.from } : {}),
      kind: 'newsletter-issue-test',
    });
    return { outcome, language: text.language };
  }

  /**
   * Fixes the audience and starts storing the mails. `already`: sending had been started before
   * (by this or another request); nothing new is started but a run that stopped is resumed.
   */
  async send(
    id: number,
    actor: IssueActor,
  ): Promise<{ outcome: 'started' | 'already'; issue: NewsletterIssue } | 'not-found'> {
    const now = this.now();
    const at = now.toISOString();
    const started = await this.storage.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('newsletter_issues').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      if (row.status !== 'draft') return false;
      const issue = toIssue(row);
      const audience = await audienceOf(
        trx,
        issue.topics,
        issue.texts.map((text) => text.language),
      );
      const result = await trx
        .updateTable('newsletter_issues')
        .set({ status: 'sending', send_started_at: at, sent_by: actor.label, audience: JSON.stringify(audience) })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await recordAudit(trx, actor.actor, now, {
        action: 'newsletter.issue.send',
        target: `issue:${id}`,
        after: audience,
      });
      return true;
    });
    if (started === undefined) return 'not-found';
    this.sender.start(id);
    return { outcome: started ? 'started' : 'already', issue: (await this.get(id))! };
  }

  private mail(
    text: NewsletterIssueText,
    body: { html: string; text: string },
    topics: NewsletterTopic[],
    to: string,
    token: string,
  ) {
    return issueMail({
      to,
      language: text.language,
      subject: text.subject,
      body,
      subscriberTopics: topics,
      unsubscribeToken: token,
      publisher: this.settings.publisher,
      links: this.settings.links,
    });
  }
}

/** What an editor wrote, as the audit log shows it before and after a change. */
function composed(row: Selectable<NewsletterIssueTable>): NewsletterIssueInput {
  return { topics: JSON.parse(row.topics) as NewsletterTopic[], texts: JSON.parse(row.texts) as NewsletterIssueText[] };
}

function stored(input: NewsletterIssueInput) {
  return {
    topics: JSON.stringify(input.topics),
    texts: JSON.stringify(input.texts.map(({ language, subject, markdown }) => ({ language, subject, markdown }))),
  };
}

function toIssue(row: Selectable<NewsletterIssueTable>): NewsletterIssue {
  const progress =
    row.status === 'draft'
      ? null
      : {
          recipients: row.recipient_count,
          queued: row.recipient_count - row.sent_count - row.failed_count,
          sent: row.sent_count,
          failed: row.failed_count,
        };
  return {
    id: row.id,
    status: row.status,
    topics: JSON.parse(row.topics) as NewsletterTopic[],
    texts: JSON.parse(row.texts) as NewsletterIssueText[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    sendStartedAt: row.send_started_at,
    sentBy: row.sent_by,
    sentAt: row.sent_at,
    audience: row.audience ? (JSON.parse(row.audience) as NewsletterAudience) : null,
    progress,
  };
}
