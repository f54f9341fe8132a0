import type { Generated } from 'kysely';

/** Timestamps are ISO 8601 strings in UTC: portable between SQLite and PostgreSQL, and sortable. */
export interface Database {
  newsletter_requests: NewsletterRequestTable;
  newsletter_subscribers: NewsletterSubscriberTable;
  newsletter_consents: NewsletterConsentTable;
  mail_outbox: MailOutboxTable;
}

/** A request waiting for its confirmation click; one per address at most, purged when expired. */
export interface NewsletterRequestTable {
  id: Generated<number>;
  email: string;
  token_hash: string;
  topics: string;
  language: string;
  consent_version: string;
  requested_at: string;
  expires_at: string;
  source_page: string | null;
  source_origin: string | null;
  widget_version: string | null;
  /** Confirmation mails sent for this address since `mail_window_start`, to stop mail bombing. */
  mail_count: number;
  mail_window_start: string;
}

export interface NewsletterSubscriberTable {
  id: Generated<number>;
  email: string;
  status: 'confirmed' | 'unsubscribed';
  topics: string;
  language: string;
  /** Plain, not hashed: every future issue must carry it, and it can do nothing but unsubscribe. */
  unsubscribe_token: string;
  confirmed_at: string;
  unsubscribed_at: string | null;
}

/** Append-only proof of consent (Art. 7 (1) GDPR): every confirmation and every withdrawal. */
export interface NewsletterConsentTable {
  id: Generated<number>;
  email: string;
  event: 'confirmed' | 'withdrawn';
  topics: string;
  language: string;
  consent_version: string | null;
  requested_at: string | null;
  occurred_at: string;
  source_page: string | null;
  source_origin: string | null;
  widget_version: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  created_at: string;
}
