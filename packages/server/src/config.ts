import { SHIPPED_RULE_SETS_DIR } from './quickcheck/load-rule-sets.js';
import { SHIPPED_DASHBOARD_DIR } from './dashboard/dashboard-content.js';
import { SHIPPED_FAQ_DIR } from './faq/faq-content.js';
import { resolve } from 'node:path';
import * as z from 'zod';

/** The topics, consultants and opening hours shipped with the server; a county points APPOINTMENTS_CONFIG at its own. */
export const SHIPPED_APPOINTMENTS_CONFIG = resolve(import.meta.dirname, '../content/appointments.json');

/** Senders when nothing is configured: the demo, too, shows one sender per purpose. */
const DEMO_SENDERS = {
  newsletter: 'Welcome Mittelsachsen <newsletter@welcome.invalid>',
  appointments: 'Welcome Mittelsachsen <beratung@welcome.invalid>',
};

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** Where people reach this server; links in mails point here. */
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().default('sqlite:./data/welcome.db'),
  /** Connections each instance keeps to PostgreSQL; instances × this must stay below its max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SMTP_URL: z.string().optional(),
  /** Sender of every mail unless a purpose has its own (below). */
  MAIL_FROM: z.string().optional(),
  /** Sender of newsletter mails (confirmation, welcome); default MAIL_FROM. */
  MAIL_FROM_NEWSLETTER: z.string().optional(),
  /** Sender of booking mails and ORGANIZER of their calendar files; default MAIL_FROM. */
  MAIL_FROM_APPOINTMENTS: z.string().optional(),
  ADMIN_TOKEN: z.string().min(16).optional(),
  /** The role ADMIN_TOKEN acts with (ADR 0018). */
  ADMIN_TOKEN_ROLE: z.enum(['admin', 'editor', 'consultant']).default('admin'),
  /** A staff session ends after this many minutes unused… */
  ADMIN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** …and this many hours after its login, used or not. */
  ADMIN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** 20 wrong passwords in a row lock the account this many minutes. */
  ADMIN_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  /** Staff login attempts one client may send per window. */
  RATE_LIMIT_LOGINS: z.coerce.number().int().positive().default(30),
  /** Audit log entries are deleted this many days after they were written. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(730),
  /** Comma-separated partner origins allowed to call the API from their pages. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Page that hosts <welcome-newsletter-signup> for the links in mails. */
  NEWSLETTER_PAGE_URL: z.url().optional(),
  NEWSLETTER_PUBLISHER: z.string().default('Landkreis Mittelsachsen'),
  NEWSLETTER_CONFIRM_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  /** Subscribers whose issue mails are stored in one transaction (ADR 0018, "Newsletter issues"). */
  NEWSLETTER_SEND_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(200),
  /** Subscription requests one client may send per window. */
  RATE_LIMIT_SUBSCRIPTIONS: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  /** Booking requests one client may send per window. */
  RATE_LIMIT_BOOKINGS: z.coerce.number().int().positive().default(20),
  /**
   * How many reverse proxies stand in front of the server (their X-Forwarded-For entries are
   * trusted, counted from the right): `false`/`0` none, `true` one, or a number of hops.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const text = value.trim().toLowerCase();
      if (['false', 'no', 'off', '0', ''].includes(text)) return 0;
      if (['true', 'yes', 'on'].includes(text)) return 1;
      if (/^\d{1,2}$/.test(text)) return Number(text);
      ctx.addIssue({ code: 'custom', message: 'TRUST_PROXY must be false, true or a number of proxy hops' });
      return z.NEVER;
    }),
  STATIC_ROOT: z.string().optional(),
  /** Folder of the quickcheck rule sets, one JSON file per year; default: the ones shipped with the project. */
  QUICKCHECK_RULE_SETS_DIR: z.string().optional(),
  /** Folder of FAQ content: categories.json, synonyms.json and <language>/<id>.md per entry. */
  FAQ_CONTENT_DIR: z.string().optional(),
  /** "Was this helpful?" clicks one client may send per window. */
  RATE_LIMIT_FEEDBACK: z.coerce.number().int().positive().default(60),
  /** Quickcheck evaluations one client may request per window (the widget itself evaluates in the browser). */
  RATE_LIMIT_EVALUATIONS: z.coerce.number().int().positive().default(120),
  /** `false` switches off the demo pages and the dev outbox page (404); widget files and the API stay. */
  DEMO_PAGES: z
    .string()
    .default('true')
    .transform((value, ctx) => {
      const text = value.trim().toLowerCase();
      if (['true', 'yes', 'on', '1', ''].includes(text)) return true;
      if (['false', 'no', 'off', '0'].includes(text)) return false;
      ctx.addIssue({ code: 'custom', message: 'DEMO_PAGES must be true or false' });
      return z.NEVER;
    }),
  /** JSON file with topics, consultants, opening hours, absences, buffer and horizon. */
  APPOINTMENTS_CONFIG: z.string().optional(),
  /** Page that hosts <welcome-appointment-picker>; cancel links in mails open it. */
  APPOINTMENT_PAGE_URL: z.url().optional(),
  /**
   * The consultants' video room; `{room}` is replaced by the booking id. Required in production:
   * unset, the demo's stand-in (the booking page) is used and the server warns at start.
   */
  VIDEO_ROOM_URL: z
    .string()
    .refine((value) => value.includes('{room}') && URL.canParse(value.replaceAll('{room}', 'room')), {
      message: 'an absolute URL containing {room}',
    })
    .optional(),
  /** Mails one address may receive per 24 hours, all kinds together (stops mail bombing through any form). */
  MAIL_PER_RECIPIENT_PER_DAY: z.coerce.number().int().positive().default(10),
  /** Unsubscribed addresses are kept this many days (a second click says "already unsubscribed"), then deleted. */
  NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** Proof of consent (the confirmation and withdrawal records) is kept this many days after the withdrawal. */
  NEWSLETTER_CONSENT_PROOF_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(3 * 365),
  /** Bookings (name, address, message) are deleted this many days after the appointment. */
  APPOINTMENT_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** A booking is held this many minutes for the link in its mail to confirm it; then the slot is released. */
  APPOINTMENT_HOLD_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  /** Open bookings (held or confirmed, not yet ended) one e-mail address may have at a time. */
  APPOINTMENT_MAX_OPEN_PER_ADDRESS: z.coerce.number().int().min(1).default(2),
  /** Folder of dashboard metric definitions (metrics.json) and their seed data (<id>.csv). */
  DASHBOARD_CONTENT_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  /** PostgreSQL connections of this instance (DATABASE_POOL_SIZE); unused with SQLite. */
  databasePoolSize: number;
  smtpUrl?: string;
  /** One sender per purpose, so a booking confirmation never comes from the newsletter's address. */
  mailFrom: { newsletter: string; appointments: string };
  adminToken?: string;
  /** Staff accounts and sessions (ADR 0018). */
  staff: {
    tokenRole: 'admin' | 'editor' | 'consultant';
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    loginLockMinutes: number;
    auditRetentionDays: number;
    /** Sender of invitation mails: MAIL_FROM, else the appointments' sender. */
    mailFrom: string;
  };
  allowedOrigins: string[];
  newsletterPageUrl: string;
  newsletterPublisher: string;
  confirmTtlMs: number;
  /** Subscribers per transaction when an issue's mails are stored (NEWSLETTER_SEND_BATCH_SIZE). */
  newsletterSendBatchSize: number;
  rateLimit: {
    subscriptions: number;
    bookings: number;
    feedback: number;
    evaluations: number;
    logins: number;
    windowMs: number;
  };
  /** Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: none). */
  trustProxy: number;
  staticRoot?: string;
  quickcheckRuleSetsDir: string;
  faqContentDir: string;
  appointmentsConfig: string;
  appointmentPageUrl: string;
  videoRoomUrl: string;
  /** False while VIDEO_ROOM_URL is unset and the demo's stand-in is used: the server warns at start. */
  videoRoomUrlConfigured: boolean;
  appointmentRetentionDays: number;
  /** Minutes a booking is held for its confirm link (APPOINTMENT_HOLD_MINUTES). */
  appointmentHoldMinutes: number;
  /** Open bookings per address (APPOINTMENT_MAX_OPEN_PER_ADDRESS). */
  appointmentMaxOpenPerAddress: number;
  mailsPerRecipientPerDay: number;
  newsletterRetention: { unsubscribedDays: number; consentProofDays: number };
  dashboardContentDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The demo pages and the dev outbox page are served (DEMO_PAGES); production may switch them off. */
  demoPages: boolean;
}

/** Reads the environment once at start; a wrong value stops the server with a clear message. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: {
      newsletter: e.MAIL_FROM_NEWSLETTER || e.MAIL_FROM || DEMO_SENDERS.newsletter,
      appointments: e.MAIL_FROM_APPOINTMENTS || e.MAIL_FROM || DEMO_SENDERS.appointments,
    },
    adminToken: e.ADMIN_TOKEN,
    staff: {
      tokenRole: e.ADMIN_TOKEN_ROLE,
      sessionIdleMinutes: e.ADMIN_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.ADMIN_SESSION_MAX_HOURS,
      loginLockMinutes: e.ADMIN_LOGIN_LOCK_MINUTES,
      auditRetentionDays: e.AUDIT_RETENTION_DAYS,
      mailFrom: e.MAIL_FROM || e.MAIL_FROM_APPOINTMENTS || DEMO_SENDERS.appointments,
    },
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    newsletterPageUrl: e.NEWSLETTER_PAGE_URL ?? `${publicUrl}/newsletter.html`,
    newsletterPublisher: e.NEWSLETTER_PUBLISHER,
    confirmTtlMs: e.NEWSLETTER_CONFIRM_TTL_HOURS * 3_600_000,
    newsletterSendBatchSize: e.NEWSLETTER_SEND_BATCH_SIZE,
    rateLimit: {
      subscriptions: e.RATE_LIMIT_SUBSCRIPTIONS,
      bookings: e.RATE_LIMIT_BOOKINGS,
      feedback: e.RATE_LIMIT_FEEDBACK,
      evaluations: e.RATE_LIMIT_EVALUATIONS,
      logins: e.RATE_LIMIT_LOGINS,
      windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
    },
    trustProxy: e.TRUST_PROXY,
    staticRoot: e.STATIC_ROOT,
    quickcheckRuleSetsDir: e.QUICKCHECK_RULE_SETS_DIR || SHIPPED_RULE_SETS_DIR,
    faqContentDir: e.FAQ_CONTENT_DIR || SHIPPED_FAQ_DIR,
    appointmentsConfig: e.APPOINTMENTS_CONFIG || SHIPPED_APPOINTMENTS_CONFIG,
    appointmentPageUrl: e.APPOINTMENT_PAGE_URL ?? `${publicUrl}/beratung.html`,
    videoRoomUrl: e.VIDEO_ROOM_URL ?? `${publicUrl}/beratung.html?room={room}`,
    videoRoomUrlConfigured: e.VIDEO_ROOM_URL !== undefined,
    appointmentRetentionDays: e.APPOINTMENT_RETENTION_DAYS,
    appointmentHoldMinutes: e.APPOINTMENT_HOLD_MINUTES,
    appointmentMaxOpenPerAddress: e.APPOINTMENT_MAX_OPEN_PER_ADDRESS,
    mailsPerRecipientPerDay: e.MAIL_PER_RECIPIENT_PER_DAY,
    newsletterRetention: {
      unsubscribedDays: e.NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS,
      consentProofDays: e.NEWSLETTER_CONSENT_PROOF_RETENTION_DAYS,
    },
    dashboardContentDir: e.DASHBOARD_CONTENT_DIR || SHIPPED_DASHBOARD_DIR,
    logLevel: e.LOG_LEVEL,
    demoPages: e.DEMO_PAGES,
  };
}

/** Settings that work for the demo but not in production: each is logged as a warning at start. */
export function startWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (!config.videoRoomUrlConfigured) {
    warnings.push(
      'VIDEO_ROOM_URL is not set: booked people would find no video room at the time of their appointment. ' +
        "Set it to the consultants' video-call link, with {room} for the booking id (e.g. https://video.example/{room}).",
    );
  }
  if (!config.demoPages) {
    // Unset, the links in mails open the demo's pages, which DEMO_PAGES=false has just switched off.
    const unset = [
      ['NEWSLETTER_PAGE_URL', config.newsletterPageUrl, '/newsletter.html'],
      ['APPOINTMENT_PAGE_URL', config.appointmentPageUrl, '/beratung.html'],
    ]
      .filter(([, url, demoPage]) => url === `${config.publicUrl}${demoPage}`)
      .map(([name]) => name);
    if (unset.length > 0)
      warnings.push(
        `DEMO_PAGES=false switches off the demo pages that links in mails open while ${unset.join(' and ')} ` +
          `${unset.length === 1 ? 'is' : 'are'} not set. Set them to the pages of your site that hold the widgets.`,
      );
  }
  return warnings;
}
