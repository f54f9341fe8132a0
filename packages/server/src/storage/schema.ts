import type { Generated } from 'kysely';

/** Timestamps are ISO 8601 strings in UTC: portable between SQLite and PostgreSQL, and sortable. */
export interface Database {
  newsletter_requests: NewsletterRequestTable;
  newsletter_subscribers: NewsletterSubscriberTable;
  newsletter_consents: NewsletterConsentTable;
  mail_outbox: MailOutboxTable;
  mail_outbox_attachments: MailOutboxAttachmentTable;
  appointment_bookings: AppointmentBookingTable;
  consultant_busy_units: ConsultantBusyUnitTable;
  faq_feedback: FaqFeedbackTable;
  dashboard_metrics: DashboardMetricTable;
  dashboard_series: DashboardSeriesTable;
  dashboard_series_labels: DashboardSeriesLabelTable;
  dashboard_points: DashboardPointTable;
  content_versions: ContentVersionTable;
  job_runs: JobRunTable;
  rate_limit_counts: RateLimitCountTable;
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
}

export interface NewsletterSubscriberTable {
  id: Generated<number>;
  email: string;
  status: 'confirmed' | 'unsubscribed';
  topics: string;
  language: string;
  /** SHA-256 of the unsubscribe token (the link in the welcome mail): a leaked database unsubscribes nobody. */
  unsubscribe_token: string;
  confirmed_at: string;
  unsubscribed_at: string | null;
  /**
   * SHA-256 of the confirm token that made this subscription, so that a second click on that link
   * answers "already subscribed"; cleared on unsubscribing (the link is then invalid again).
   */
  confirm_token_hash: string | null;
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
  /** The From of the mail; null for mails written before senders were recorded. */
  sender: string | null;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  created_at: string;
  /** When the outbox forgets the mail: with the booking or request it is about (null: the default age). */
  delete_after: string | null;
  /** What the mail is for (`newsletter-confirmation`, `appointment-hold`, …); null for old rows. */
  kind: string | null;
  /** Extra headers, JSON. */
  headers: string | null;
  /** SHA-256 of the normalised address: counts a recipient's mails after the address itself is gone. */
  recipient_hash: string | null;
  /**
   * `queued` (waiting for its next attempt), `sending` (claimed by one worker until `claimed_until`),
   * `sent` or `failed` (permanently refused, or out of attempts).
   */
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  /** The worker (and attempt) holding the mail: only that claim may record its outcome. */
  claim_id: string | null;
  claimed_until: string | null;
  sent_at: string | null;
  failed_at: string | null;
  /** The SMTP reply code or error kind of the last failure, never an address. */
  last_error: string | null;
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** Attachments of outbox mails (e.g. the .ics of a booking), deleted with their mail. */
export interface MailOutboxAttachmentTable {
  mail_id: number;
  /** 0-based, in the order of the mail. */
  position: number;
  filename: string;
  content_type: string;
  content: string;
}

/** A booked consultation, with proof of consent; cancelled ones stay (cancelled_at) until purged. */
export interface AppointmentBookingTable {
  /** 16 random bytes, base64url: 22 characters. */
  id: string;
  topic: string;
  consultant_id: string;
  start_utc: string;
  end_utc: string;
  name: string;
  email: string;
  /** Language of the talk. */
  language: string;
  mail_language: string;
  time_zone: string;
  message: string | null;
  consent_version: string;
  requested_at: string;
  cancelled_at: string | null;
  /** SHA-256 of the one token of the booking (confirm, room, cancel links): a leaked database cannot use it. */
  cancel_token_hash: string;
  /** SHA-256 of the token in the hold mail's links: only it confirms. Null for bookings from before 0008. */
  confirm_token_hash: string | null;
  source_page: string | null;
  source_origin: string | null;
  widget_version: string | null;
  /** `held` until confirmed with the link in the mail (or released at `hold_expires_at`), then `booked`. */
  status: 'held' | 'booked';
  /** While held: when the slot is released unless confirmed; null once booked. */
  hold_expires_at: string | null;
  /** When the link in the mail confirmed it (proof of consent); null while held. */
  confirmed_at: string | null;
  /** SHA-256 of the normalised address (mail/address-hash.ts): open bookings are counted per address. */
  address_hash: string | null;
}

/**
 * One row per quarter hour a consultant is busy (the talk and the buffer after it). The primary
 * key (consultant, quarter hour) is what makes a double booking impossible: the second insert fails.
 */
export interface ConsultantBusyUnitTable {
  consultant_id: string;
  unit_start_utc: string;
  booking_id: string;
}

export interface FaqFeedbackTable {
  entry_id: string;
  language: string;
  helpful: number;
  not_helpful: number;
}

/** A dashboard indicator: its definition from the content folder, its data state from the last import. */
export interface DashboardMetricTable {
  /** Public, stable: `foreign-residents`, `top-nationalities`, … */
  id: string;
  /** Order in `GET /api/v1/dashboard/metrics`. */
  position: number;
  unit: 'persons' | 'percent' | 'procedures' | 'count';
  kind: 'time-series' | 'breakdown' | 'breakdown-over-time';
  period: 'quarter' | 'year';
  source: string;
  /** ISO dates: data as of, and last edited. */
  as_of: string;
  edited: string;
  /** 1 while the figures are illustrative (seed data), 0 once the county has imported its own. */
  illustrative: number;
  /** JSON `{ "de": "…", "en": "…", … }`; German is required and the fallback. */
  titles: string;
  descriptions: string | null;
}

/** The series of a metric in the order of the last import; its points hang off it. */
export interface DashboardSeriesTable {
  metric_id: string;
  series_key: string;
  position: number;
}

/** Labels for group keys (`EU`, `work`, `total`) per language; country codes are named by Intl.DisplayNames. */
export interface DashboardSeriesLabelTable {
  metric_id: string;
  series_key: string;
  language: string;
  label: string;
}

export interface DashboardPointTable {
  metric_id: string;
  series_key: string;
  /** ISO date, the end of the period. */
  date: string;
  value: number;
}

/** One row per kind of changing content; bumped in the transaction that changes it (content-versions.ts). */
export interface ContentVersionTable {
  name: 'dashboard' | 'faq-feedback';
  version: number;
}

/** One row per job that runs on one instance at a time (job-lease.ts). Instants as `toISOString()`. */
export interface JobRunTable {
  name: 'purge';
  /** The run holding the lease, while one runs. */
  holder: string | null;
  running_until: string | null;
  next_due_at: string;
}

/** Requests per client and window of one limit, on PostgreSQL (rate-limit-table.ts); no address, a hash. */
export interface RateLimitCountTable {
  bucket: string;
  client_hash: string;
  /** Start of the window, `toISOString()`. */
  window_start: string;
  hits: number;
}
