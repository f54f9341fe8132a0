import type { NewsletterSubscriptionRequest, NewsletterTopic, SupportedLocale } from '@welcome-widgets/domain';
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
  /** Days an unsubscribed address, and the proof of a withdrawn consent, are kept (see README, privacy). */
  retention: { unsubscribedDays: number; consentProofDays: number };
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

    const mail = {
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
      kind: 'newsletter-confirmation' as const,
      // The request (and its address) is purged when the link expires: a copy in the outbox too.
      keepUntil: expiresAt,
    };
    const outcome = await this.storage.db.transaction().execute(async (trx) => {
      // Stored with the request it belongs to: a request without its mail, or the reverse, cannot happen.
      const sent = await this.mailer.send(mail, {
        db: trx,
        limit: { kinds: ['newsletter-confirmation'], perDay: this.settings.mailsPerAddressPerDay },
      });
      // Without the mail, a new token would be useless and would invalidate the last one sent.
      if (sent === 'over-limit') return sent;
      // One pending request per address: a new one replaces the old (and its link).
      await trx
        .insertInto('newsletter_requests')
        .values({ email, ...fields })
        .onConflict((oc) => oc.column('email').doUpdateSet(fields))
        .execute();
      return sent;
    });
    if (outcome === 'over-limit') {
      this.logger.warn('newsletter confirmation mail suppressed: daily limit for this address reached');
    } else {
      this.mailer.poke();
    }
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

      // A new link with every confirmation: only its hash is kept, so the old one cannot be re-sent.
      const unsubscribeToken = newToken();
      // Coming back after unsubscribing: the links of issues sent before do not end the new subscription.
      await trx
        .updateTable('newsletter_issue_recipients')
        .set({ unsubscribe_token_hash: null })
        .where(
          'subscriber_id',
          'in',
          trx
            .selectFrom('newsletter_subscribers')
            .select('id')
            .where('email', '=', request.email)
            .where('status', '=', 'unsubscribed'),
        )
        .where('unsubscribe_token_hash', 'is not', null)
        .execute();
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
        .values({ email: request.email, unsubscribe_token: hashToken(unsubscribeToken), ...subscriber })
        .onConflict((oc) =>
          oc.column('email').doUpdateSet({ ...subscriber, unsubscribe_token: hashToken(unsubscribeToken) }),
        )
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

    // The subscription stands even without the welcome mail (the daily limit): unsubscribing is
    // also possible from the widget, and every issue carries a link.
    await this.mailer.send({
      ...welcomeMail({
        to: result.email,
        ...result.preferences,
        unsubscribeToken: result.unsubscribeToken,
        publisher: this.settings.publisher,
        links: this.settings.links,
      }),
      ...this.sender(),
      kind: 'newsletter-welcome',
    });
    return { kind: 'confirmed', preferences: result.preferences };
  }

  /**
   * Opts out. A repeat is harmless and says `already-unsubscribed`: the row is kept (status
   * `unsubscribed`) as it was before, so telling costs no further data. `unknown` for a wrong token.
   */
  async unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    const now = this.now().toISOString();
    return this.storage.db.transaction().execute(async (trx) => {
      const tokenHash = hashToken(token);
      // The welcome mail's link, or any issue's: each issue mail carries a token of its own.
      const subscriber = await trx
        .selectFrom('newsletter_subscribers')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('unsubscribe_token', '=', tokenHash),
            eb(
              'id',
              'in',
              eb
                .selectFrom('newsletter_issue_recipients')
                .select('subscriber_id')
                .where('unsubscribe_token_hash', '=', tokenHash),
            ),
          ]),
        )
        .executeTakeFirst();
      if (!subscriber) return 'unknown';
      if (subscriber.status === 'unsubscribed') return 'already-unsubscribed';
      const changed = await trx
        .updateTable('newsletter_subscribers')
        // The old confirm link must not answer "subscribed" any more: it is invalid again.
        .set({ status: 'unsubscribed', unsubscribed_at: now, confirm_token_hash: null })
        .where('id', '=', subscriber.id)
        // Two clicks at once: the second finds the row changed and records no second withdrawal.
        .where('status', '=', 'confirmed')
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) === 0) return 'already-unsubscribed';
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

  /**
   * Deletes what is no longer needed: requests nobody confirmed in time, unsubscribed addresses
   * after their retention period, and the proof of a consent once the period in which it could be
   * disputed after its withdrawal has passed. Proof of a running subscription is always kept.
   */
  async purgeExpired(): Promise<number> {
    const now = this.now();
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
    const { unsubscribedDays, consentProofDays } = this.settings.retention;
    return this.storage.db.transaction().execute(async (trx) => {
      const requests = await trx
        .deleteFrom('newsletter_requests')
        .where('expires_at', '<=', now.toISOString())
        .executeTakeFirst();
      const unsubscribed = await trx
        .deleteFrom('newsletter_subscribers')
        .where('status', '=', 'unsubscribed')
        .where('unsubscribed_at', '<=', daysAgo(unsubscribedDays))
        .executeTakeFirst();
      const proofCutoff = daysAgo(consentProofDays);
      const proofs = await trx
        .deleteFrom('newsletter_consents')
        .where((eb) =>
          eb.and([
            eb(
              'email',
              'not in',
              eb.selectFrom('newsletter_subscribers').select('email').where('status', '=', 'confirmed'),
            ),
            // Not subscribed, so the last event was a withdrawal: gone once it is older than the period.
            eb(
              'email',
              'in',
              eb
                .selectFrom('newsletter_consents')
                .select('email')
                .groupBy('email')
                .having((h) => h.fn.max('occurred_at'), '<=', proofCutoff),
            ),
          ]),
        )
        .executeTakeFirst();
      return Number(requests.numDeletedRows) + Number(unsubscribed.numDeletedRows) + Number(proofs.numDeletedRows);
    });
  }
}

function preferencesOf(row: { topics: string; language: string }): Preferences {
  return { topics: JSON.parse(row.topics) as NewsletterTopic[], language: row.language as SupportedLocale };
}
