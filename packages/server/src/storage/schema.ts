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
  dashboard_drafts: DashboardDraftTable;
  content_versions: ContentVersionTable;
  job_runs: JobRunTable;
  rate_limit_counts: RateLimitCountTable;
  newsletter_issues: NewsletterIssueTable;
  newsletter_issue_recipients: NewsletterIssueRecipientTable;
  staff_users: StaffUserTable;
  staff_invitations: StaffInvitationTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditLogTable;
  appointment_settings: AppointmentSettingsTable;
  appointment_consultants: AppointmentConsultantTable;
  appointment_topics: AppointmentTopicTable;
  consultant_calendar_feeds: ConsultantCalendarFeedTable;
  faq_categories: FaqCategoryTable;
  faq_entries: FaqEntryTable;
  faq_texts: FaqTextTable;
  faq_synonyms: FaqSynonymsTable;
  faq_zero_results: FaqZeroResultTable;
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
  /** 1 for a newsletter issue's mails: workers take every other due mail first. */
  bulk: Generated<number>;
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
  /** Staff's reason when they cancelled (plain text, one line); null when the booker cancelled. */
  cancel_reason?: string | null;
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
  /** 0 until the start after migration 0014 copied the file's texts once; from then on staff edit them. */
  texts_seeded: Generated<number>;
}

/** An uploaded file of a metric, checked, waiting to be published; one per metric. */
export interface DashboardDraftTable {
  metric_id: string;
  as_of: string;
  /** Given with the upload; null: the day of publishing. */
  edited: string | null;
  source: string;
  illustrative: number;
  /** JSON: the series keys in the file's order. */
  series: string;
  /** JSON: `[{ series, date, value }]`, as the file had them. */
  points: string;
  row_count: number;
  uploaded_at: string;
  /** The account's address at the time, or `api-token`. */
  uploaded_by: string;
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
  name: 'dashboard' | 'faq-feedback' | 'appointments' | 'faq';
  version: number;
}

/** The appointments content's single row of settings; its existence means the seed was loaded. */
export interface AppointmentSettingsTable {
  /** Always 'current': one row. */
  id: 'current';
  buffer_minutes: number;
  min_hours_ahead: number;
  max_weeks_ahead: number;
  /** JSON: `[{ date, note? }]`, the county's closing days (ISO dates). */
  closing_days: string;
  /** `toISOString()`. */
  updated_at: string;
}

/** A consultant of the appointments content; `rules` and `absences` are JSON arrays. */
export interface AppointmentConsultantTable {
  id: string;
  position: number;
  name: string;
  time_zone: string;
  rules: string;
  absences: string;
}

/** A topic; `title`, `description` (per language), `languages` and `consultants` are JSON. */
export interface AppointmentTopicTable {
  id: string;
  position: number;
  title: string;
  description: string;
  duration_minutes: number;
  languages: string;
  consultants: string;
}

/** A consultant's calendar feed: the SHA-256 of its secret (hex). `created_at` as `toISOString()`. */
export interface ConsultantCalendarFeedTable {
  consultant_id: string;
  secret_hash: string;
  created_at: string;
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

/** A staff account (ADR 0018). Never deleted, only disabled, so the audit log's ids stay meaningful. */
export interface StaffUserTable {
  id: Generated<number>;
  /** Lower case: addresses are compared without case. */
  email: string;
  name: string;
  role: 'admin' | 'editor' | 'consultant';
  /** Only for `consultant`: a consultant's id in the appointments content. */
  consultant_id: string | null;
  /** `scrypt$N$r$p$salt$key` (base64): the parameters travel with the hash (staff/passwords.ts). */
  password_hash: string;
  /** 1: may not sign in; its sessions were ended when it was set. */
  disabled: Generated<number>;
  /** Wrong passwords in a row; at 20 the account is locked until `locked_until` and this starts again at 0. */
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
  password_changed_at: string;
  last_login_at: string | null;
}

/** An open invitation; deleted when accepted or revoked, purged when expired. One per address. */
export interface StaffInvitationTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'admin' | 'editor' | 'consultant';
  consultant_id: string | null;
  /** The mail's language, `de` or `en`. */
  language: string;
  /** SHA-256 of the link's token. */
  token_hash: string;
  /** The inviting account; null when invited with ADMIN_TOKEN. */
  invited_by: number | null;
  created_at: string;
  expires_at: string;
}

/** A signed-in browser; the cookie holds the id, the table only its SHA-256. */
export interface StaffSessionTable {
  id_hash: string;
  user_id: number;
  /** Sent back as X-CSRF-Token on every state-changing request. */
  csrf_token: string;
  created_at: string;
  /** Moved forward on use (at most to `expires_at`); the session ends when either passes. */
  idle_expires_at: string;
  expires_at: string;
}

/** Who changed what, when; written in the change's transaction, deleted after AUDIT_RETENTION_DAYS. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** The account, or null for `api-token` and `cli`. */
  actor_id: number | null;
  /** The account's address at the time, `api-token` or `cli`. */
  actor: string;
  action: string;
  target: string | null;
  /** JSON, for content changes. */
  before: string | null;
  after: string | null;
}

/** A newsletter issue: a draft until sent, then the archive's entry (texts, topics, counts, who sent it). */
export interface NewsletterIssueTable {
  id: Generated<number>;
  status: 'draft' | 'sending' | 'sent';
  /** JSON array of topics. */
  topics: string;
  /** JSON array of `{ language, subject, markdown }`. */
  texts: string;
  created_at: string;
  /** The account's e-mail address at the time, or `api-token`. */
  created_by: string;
  updated_at: string;
  updated_by: string;
  send_started_at: string | null;
  sent_by: string | null;
  /** When the last mail was stored in the queue. */
  sent_at: string | null;
  /** JSON NewsletterAudience, fixed when sending starts. */
  audience: string | null;
  /** Mails stored in the queue; of them, how many went out and how many failed for good (copied from the queue). */
  recipient_count: Generated<number>;
  sent_count: Generated<number>;
  failed_count: Generated<number>;
  /** The instance storing the issue's mails, until when: a dead one's send is resumed by another. */
  claim_id: string | null;
  claimed_until: string | null;
}

/** One subscriber's mail of one issue; deleted with the subscriber (no address here). */
export interface NewsletterIssueRecipientTable {
  issue_id: number;
  subscriber_id: number;
  language: string;
  /** The mail in `mail_outbox`, which forgets it a day after sending. */
  mail_id: number | null;
  /** The mail's outcome, copied from the queue before the queue forgets the mail. */
  status: Generated<'queued' | 'sent' | 'failed'>;
  /** SHA-256 of this mail's unsubscribe token; null once a later subscription made it void. */
  unsubscribe_token_hash: string | null;
}

/** FAQ categories in their order; `titles`: JSON, one title per language. */
export interface FaqCategoryTable {
  id: string;
  position: number;
  titles: string;
}

/** What an entry is beside its texts; `related`: JSON array of entry ids. */
export interface FaqEntryTable {
  id: string;
  category: string;
  weight: number | null;
  related: string;
}

/** One language's text of an entry: title, Markdown body, when it was last saved (ISO instant). */
export interface FaqTextTable {
  entry_id: string;
  language: string;
  title: string;
  body: string;
  updated_at: string;
}

/** The one row (`current`) of synonym groups, JSON. */
export interface FaqSynonymsTable {
  id: 'current';
  groups: string;
  updated_at: string;
}

/** Searches that found nothing, per Berlin day (ISO date), language and normalised query. */
export interface FaqZeroResultTable {
  day: string;
  language: string;
  query: string;
  count: number;
}
