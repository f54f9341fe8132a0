import type { NewsletterSubscriptionRequest, NewsletterTopic, SupportedLocale } from '@welcome-widgets/core';
import type { Logger } from '../http/logger.js';
import { sourcePage } from '../http/source-page.js';
import type { Mailer } from '../mail/mailer.js';
import type { Storage } from '../storage/database.js';
import { confirmationMail, welcomeMail, type MailLinks } from './newsletter-mails.js';
import { hashToken, newToken, normalizeEmail } from './tokens.js';

export interface NewsletterSettings {
  confirmTtlMs: number;
  publisher: string;
  /** Sender of newsletter mails (MAIL_FROM_NEWSLETTER); else the mailer's default. */
  from?: string;
  links: MailLinks;
  /** Confirmation mails one address receives per day at most, however often someone submits it. */
  mailsPerAddressPerDay: number;
}

export interface RequestContext {
  origin: string | null;
}

export interface Preferences {
  topics: NewsletterTopic[];
  language: SupportedLocale;
}

/**
 * What a confirm link did: `already-confirmed` when it was used before and the subscription it
 * made is still active (a second click); `invalid` when unknown, expired, or its subscription ended.
 */
export type ConfirmOutcome =
  | { kind: 'confirmed'; preferences: Preferences }
  | { kind: 'already-confirmed'; preferences: Preferences }
  | { kind: 'invalid' };

export type UnsubscribeOutcome = 'unsubscribed' | 'already-unsubscribed' | 'unknown';

const DAY_MS = 86_400_000;

/**
 * Double opt-in. A request stores nothing but a pending row until its link is clicked; the
 * answer to the requester is the same whether or not the address is known, so nobody learns
 * from it who subscribes.
 */
export class NewsletterService {
  constructor(
    private readonly storage: Storage,
    private readonly mailer: Mailer,
    private readonly settings: NewsletterSettings,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async request(input: NewsletterSubscriptionRequest, context: RequestContext): Promise<void> {
    const now = this.now();
    const email = normalizeEmail(input.email);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.settings.confirmTtlMs);
    const fields = {
      token_hash: hashToken(token),
      topics: JSON.stringify(input.topics),
      language: input.language,
      consent_version: input.consentVersion ?? 'unversioned',
      requested_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      source_page: sourcePage(input.page),
      source_origin: context.origin,
      widget_version: input.widgetVersion ?? null,
    };

    const mayMail = await this.storage.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('newsletter_requests')
        .select(['mail_count', 'mail_window_start'])
        .where('email', '=', email)
        .executeTakeFirst();
      const windowOpen = existing && now.getTime() - Date.parse(existing.mail_window_start) < DAY_MS;
      const mailCount = windowOpen ? existing.mail_count : 0;
      const allowed = mailCount < this.settings.mailsPerAddressPerDay;
      const mailFields = {
        mail_count: allowed ? mailCount + 1 : mailCount,
        mail_window_start: windowOpen ? existing.mail_window_start : now.toISOString(),
      };
      // Without the mail, a new token would be useless and would invalidate the last one sent.
      if (!allowed) return false;
      // One pending request per address: a new one replaces the old (and its link).
      await trx
        .insertInto('newsletter_requests')
        .values({ email, ...fields, ...mailFields })
        .onConflict((oc) => oc.column('email').doUpdateSet({ ...fields, ...mailFields }))
        .execute();
      return true;
    });

    if (!mayMail) {
      this.logger.warn('newsletter confirmation mail suppressed: daily limit for this address reached');
      return;
    }
    await this.mailer.send({
      ...confirmationMail({
        to: input.email.trim(),
        language: input.language,
        topics: input.topics,
        token,
        expiresAt,
        publisher: this.settings.publisher,
        links: this.settings.links,
      }),
      ...this.sender(),
      // The request (and its address) is purged when the link expires: a copy in the outbox too.
      keepUntil: expiresAt,
    });
  }

  /**
   * Redeems a confirm token once. A second click on the same link finds the subscription it made
   * (by the token's hash) and answers `already-confirmed` while that subscription is active.
   */
  async confirm(token: string): Promise<ConfirmOutcome> {
    const now = this.now().toISOString();
    const tokenHash = hashToken(token);
    const result = await this.storage.db.transaction().execute(async (trx) => {
      // Deleting first makes the token single-use even when two clicks race.
      const request = await trx
        .deleteFrom('newsletter_requests')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      if (!request) {
        const confirmed = await trx
          .selectFrom('newsletter_subscribers')
          .select(['topics', 'language'])
          .where('confirm_token_hash', '=', tokenHash)
          .where('status', '=', 'confirmed')
          .executeTakeFirst();
        return confirmed ? { kind: 'already-confirmed' as const, preferences: preferencesOf(confirmed) } : undefined;
      }

      const existing = await trx
        .selectFrom('newsletter_subscribers')
        .select('unsubscribe_token')
        .where('email', '=', request.email)
        .executeTakeFirst();
      const unsubscribeToken = existing?.unsubscribe_token ?? newToken();
      const subscriber = {
        status: 'confirmed' as const,
        topics: request.topics,
        language: request.language,
        confirmed_at: now,
        unsubscribed_at: null,
        confirm_token_hash: tokenHash,
      };
      await trx
        .insertInto('newsletter_subscribers')
        .values({ email: request.email, unsubscribe_token: unsubscribeToken, ...subscriber })
        .onConflict((oc) => oc.column('email').doUpdateSet(subscriber))
        .execute();
      await trx
        .insertInto('newsletter_consents')
        .values({
          email: request.email,
          event: 'confirmed',
          topics: request.topics,
          language: request.language,
          consent_version: request.consent_version,
          requested_at: request.requested_at,
          occurred_at: now,
          source_page: request.source_page,
          source_origin: request.source_origin,
          widget_version: request.widget_version,
        })
        .execute();
      return {
        kind: 'confirmed' as const,
        email: request.email,
        unsubscribeToken,
        preferences: preferencesOf(request),
      };
    });
    if (!result) return { kind: 'invalid' };
    if (result.kind === 'already-confirmed') return result;

    await this.mailer
      .send({
        ...welcomeMail({
          to: result.email,
          ...result.preferences,
          unsubscribeToken: result.unsubscribeToken,
          publisher: this.settings.publisher,
          links: this.settings.links,
        }),
        ...this.sender(),
      })
      // The subscription stands even if the welcome mail fails; the next issue carries the unsubscribe link too.
      .catch((error: unknown) => this.logger.error('welcome mail failed', { error: String(error) }));
    return { kind: 'confirmed', preferences: result.preferences };
  }

  /**
   * Opts out. A repeat is harmless and says `already-unsubscribed`: the row is kept (status
   * `unsubscribed`) as it was before, so telling costs no further data. `unknown` for a wrong token.
   */
  async unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    const now = this.now().toISOString();
    return this.storage.db.transaction().execute(async (trx) => {
      const subscriber = await trx
        .selectFrom('newsletter_subscribers')
        .selectAll()
        .where('unsubscribe_token', '=', token)
        .executeTakeFirst();
      if (!subscriber) return 'unknown';
      if (subscriber.status === 'unsubscribed') return 'already-unsubscribed';
      await trx
        .updateTable('newsletter_subscribers')
        // The old confirm link must not answer "subscribed" any more: it is invalid again.
        .set({ status: 'unsubscribed', unsubscribed_at: now, confirm_token_hash: null })
        .where('id', '=', subscriber.id)
        .execute();
      await trx
        .insertInto('newsletter_consents')
        .values({
          email: subscriber.email,
          event: 'withdrawn',
          topics: subscriber.topics,
          language: subscriber.language,
          consent_version: null,
          requested_at: null,
          occurred_at: now,
          source_page: null,
          source_origin: null,
          widget_version: null,
        })
        .execute();
      return 'unsubscribed';
    });
  }

  private sender(): { from?: string } {
    return this.settings.from ? { from: this.settings.from } : {};
  }

  /** Deletes requests nobody confirmed in time: unconfirmed addresses are not kept. */
  async purgeExpired(): Promise<number> {
    const result = await this.storage.db
      .deleteFrom('newsletter_requests')
      .where('expires_at', '<=', this.now().toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function preferencesOf(row: { topics: string; language: string }): Preferences {
  return { topics: JSON.parse(row.topics) as NewsletterTopic[], language: row.language as SupportedLocale };
}
