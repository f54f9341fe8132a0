import { WIDGETS_VERSION } from '@welcome-widgets/domain';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { loadAppointmentContent } from './appointments/appointment-content.js';
import { appointmentRoutes } from './appointments/appointment-routes.js';
import { AppointmentService } from './appointments/appointment-service.js';
import { AppointmentContentStore } from './appointments/appointment-content-store.js';
import { appointmentAdminRoutes } from './appointments/appointment-admin-routes.js';
import { calendarFeedRoutes } from './appointments/calendar-feed-routes.js';
import { CalendarFeeds } from './appointments/consultant-calendar.js';
import type { Config } from './config.js';
import { dashboardAdminRoutes } from './dashboard/dashboard-admin-routes.js';
import { loadDashboardContent } from './dashboard/dashboard-content.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { DashboardService } from './dashboard/dashboard-service.js';
import { faqAdminRoutes } from './faq/faq-admin-routes.js';
import { loadFaqSource } from './faq/faq-content.js';
import { faqRoutes } from './faq/faq-routes.js';
import { FaqService } from './faq/faq-service.js';
import { FaqContentStore } from './faq/faq-store.js';
import { HealthMonitor } from './health/health-monitor.js';
import { healthRoutes } from './health/health-routes.js';
import { accessLog } from './http/access-log.js';
import { AnswerReplay } from './http/answer-replay.js';
import { compressLarge } from './http/compress-large.js';
import { securityHeaders } from './http/security-headers.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import type { Logger } from './http/logger.js';
import { originPolicy } from './http/origin-policy.js';
import { prebuiltAnswers } from './http/prebuilt-answer.js';
import { MemoryCounter, rateLimit } from './http/rate-limit.js';
import { mountStaticFiles, repositoryPath } from './http/static-files.js';
import type { Mailer } from './mail/mailer.js';
import { NewsletterService } from './newsletter/newsletter-service.js';
import { newsletterRoutes } from './newsletter/newsletter-routes.js';
import { newsletterIssueRoutes } from './newsletter/issues/issue-routes.js';
import { IssueSender } from './newsletter/issues/issue-sender.js';
import { NewsletterIssues } from './newsletter/issues/issue-service.js';
import { ApiDocs } from './openapi/api-docs.js';
import { serveApiDocument } from './openapi/document-route.js';
import { outboxRoutes } from './outbox/outbox-routes.js';
import { QuickcheckService, loadQuickcheckRuleSets } from './quickcheck/quickcheck-service.js';
import { createStaff, type Staff } from './staff/staff-module.js';
import { staffRoutes } from './staff/staff-routes.js';
import { quickcheckRoutes } from './quickcheck/quickcheck-routes.js';
import { ContentVersions } from './storage/content-versions.js';
import type { Storage } from './storage/database.js';
import { TableCounter } from './storage/rate-limit-table.js';

export interface AppDependencies {
  config: Config;
  storage: Storage;
  mailer: Mailer;
  logger: Logger;
  now?: () => Date;
  /** How often the health monitor checks the database and mail (tests shorten it). */
  healthCheckMs?: number;
}

export interface App {
  hono: Hono;
  /** Answers the Node listener may send without Hono; see answer-replay.ts. */
  replay: AnswerReplay;
  newsletter: NewsletterService;
  appointments: AppointmentService;
  appointmentContent: AppointmentContentStore;
  /** The FAQ in the database; the server seeds it before listening. */
  faqContent: FaqContentStore;
  dashboard: DashboardService;
  /** Stores newsletter issues' mails; the server resumes interrupted sends and stops it on close. */
  issueSender: IssueSender;
  /** Started and closed by the server: its poll lets this instance see other instances' changes. */
  versions: ContentVersions;
  /** Staff accounts and sessions; the server's hourly purge calls its purge. */
  staff: Staff;
  /** Checks database and mail in the background for the health routes; the server starts and closes it. */
  health: HealthMonitor;
}

/** Builds the whole HTTP application from its dependencies; `main.ts` only supplies real ones. */
export function createApp({ config, storage, mailer, logger, now, healthCheckMs }: AppDependencies): App {
  const docs = new ApiDocs();
  const newsletter = new NewsletterService(
    storage,
    mailer,
    {
      confirmTtlMs: config.confirmTtlMs,
      publisher: config.newsletterPublisher,
      from: config.mailFrom.newsletter,
      links: { pageUrl: config.newsletterPageUrl, apiUrl: `${config.publicUrl}/api` },
      mailsPerAddressPerDay: 3,
      retention: config.newsletterRetention,
    },
    logger,
    now,
  );
  const newsletterLinks = { pageUrl: config.newsletterPageUrl, apiUrl: `${config.publicUrl}/api` };
  const issueSender = new IssueSender(
    storage,
    mailer,
    {
      publisher: config.newsletterPublisher,
      from: config.mailFrom.newsletter,
      links: newsletterLinks,
      batchSize: config.newsletterSendBatchSize,
      leaseMs: 2 * 60_000,
    },
    logger,
    now,
  );
  const issues = new NewsletterIssues(
    storage,
    mailer,
    issueSender,
    { publisher: config.newsletterPublisher, from: config.mailFrom.newsletter, links: newsletterLinks },
    now,
  );
  const versions = new ContentVersions(storage, logger);
  // The folder seeds an empty database; staff edit the FAQ there (faq-store.ts).
  const faqContent = new FaqContentStore(storage, versions, loadFaqSource(config.faqContentDir), logger);
  const faq = new FaqService(faqContent, storage, versions);
  const dashboard = new DashboardService(storage, loadDashboardContent(config.dashboardContentDir), versions);
  const quickcheck = new QuickcheckService(loadQuickcheckRuleSets(config.quickcheckRuleSetsDir), now);
  // The file seeds an empty database; staff edit the content there (appointment-content-store.ts).
  const appointmentContent = new AppointmentContentStore(
    storage,
    versions,
    loadAppointmentContent(config.appointmentsConfig),
    logger,
    now,
  );
  const staff = createStaff({
    config,
    storage,
    mailer,
    logger,
    now: now ?? (() => new Date()),
    consultantIds: () => appointmentContent.latest.consultants.map((consultant) => consultant.id),
  });
  const appointments = new AppointmentService(
    storage,
    mailer,
    {
      content: appointmentContent,
      publisher: config.newsletterPublisher,
      apiUrl: `${config.publicUrl}/api`,
      pageUrl: config.appointmentPageUrl,
      videoRoomUrl: config.videoRoomUrl,
      uidHost: new URL(config.publicUrl).hostname,
      from: config.mailFrom.appointments,
      organizer: mailAddress(config.mailFrom.appointments, config.newsletterPublisher),
      retentionDays: config.appointmentRetentionDays,
      holdMinutes: config.appointmentHoldMinutes,
      maxOpenPerAddress: config.appointmentMaxOpenPerAddress,
    },
    logger,
    now,
  );
  const calendarFeeds = new CalendarFeeds(
    storage,
    appointments,
    (secret) => `${config.publicUrl}/api/v1/calendar-feeds/${secret}.ics`,
    now ?? (() => new Date()),
  );

  // PostgreSQL: one table all instances count in. SQLite serves one process: each limit in memory.
  const sharedCounter = storage.engine === 'postgres' ? new TableCounter(storage) : undefined;
  const limit = (bucket: string, perWindow: number) =>
    rateLimit({
      bucket,
      limit: perWindow,
      windowMs: config.rateLimit.windowMs,
      trustProxy: config.trustProxy,
      counter: sharedCounter ?? new MemoryCounter(),
      logger,
    });

  const api = new Hono();
  api.use('*', ...originPolicy({ publicUrl: config.publicUrl, allowedOrigins: config.allowedOrigins }));
  api.use('*', async (c, next) => {
    await next();
    // On the answer's own headers: c.header() after the route would copy the answer (see origin-policy).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  const health = new HealthMonitor({ storage, mailer, ...(healthCheckMs ? { intervalMs: healthCheckMs } : {}) });
  api.route('/v1/health', healthRoutes({ monitor: health, docs }));
  api.route(
    '/v1/newsletter',
    newsletterRoutes({
      service: newsletter,
      docs,
      logger,
      subscriptionLimit: limit('subscriptions', config.rateLimit.subscriptions),
    }),
  );
  api.route(
    '/v1/quickcheck',
    quickcheckRoutes({
      service: quickcheck,
      docs,
      evaluationLimit: limit('evaluations', config.rateLimit.evaluations),
    }),
  );
  api.route('/v1/calendar-feeds', calendarFeedRoutes({ feeds: calendarFeeds, docs }));
  api.route(
    '/v1/appointments',
    appointmentRoutes({
      service: appointments,
      docs,
      logger,
      bookingLimit: limit('bookings', config.rateLimit.bookings),
    }),
  );
  api.route(
    '/v1/faq',
    faqRoutes({
      service: faq,
      docs,
      feedbackLimit: limit('feedback', config.rateLimit.feedback),
      db: storage.db,
      ...(now ? { now } : {}),
    }),
  );
  api.route('/v1/dashboard', dashboardRoutes({ service: dashboard, docs }));
  api.route(
    '/v1/admin',
    staffRoutes({
      docs,
      storage,
      access: staff.access,
      sessions: staff.sessions,
      login: staff.login,
      accounts: staff.accounts,
      loginLimit: limit('logins', config.rateLimit.logins),
    }),
  );
  api.route('/v1/admin/newsletter', newsletterIssueRoutes({ issues, storage, mailer, docs, staff: staff.access, now }));
  api.route('/v1/admin/faq', faqAdminRoutes({ store: faqContent, db: storage.db, docs, staff: staff.access, now }));
  api.route('/v1/admin/dashboard', dashboardAdminRoutes({ service: dashboard, docs, staff: staff.access, now }));
  api.route(
    '/v1/admin/appointments',
    appointmentAdminRoutes({
      store: appointmentContent,
      service: appointments,
      feeds: calendarFeeds,
      db: storage.db,
      docs,
      staff: staff.access,
      now,
    }),
  );
  if (mailer.transport === 'outbox')
    api.route(
      '/v1/dev/outbox',
      outboxRoutes({
        storage,
        docs,
        adminToken: config.adminToken,
        trustProxy: config.trustProxy,
        staff: staff.access,
      }),
    );
  serveApiDocument(api, docs, { title: 'Welcome widgets API', version: WIDGETS_VERSION, serverUrl: config.publicUrl });
  api.notFound(notFoundHandler);
  api.onError(errorHandler(logger));

  const replay = new AnswerReplay({ logger });
  const hono = new Hono();
  hono.use('*', requestId());
  // Widgets, FAQ entries and metrics compress to a fifth: visitors abroad on phones notice.
  // Prebuilt answers (FAQ, metrics, rule sets, topics) bring their own gzip and brotli.
  hono.use('*', prebuiltAnswers(compressLarge(), replay));
  hono.use('*', accessLog(logger));
  // No framing, no referrer, nothing inline on our pages, and API answers load nothing (README, Security).
  hono.use('*', securityHeaders());
  hono.route('/api', api);
  hono.onError(errorHandler(logger));
  mountStaticFiles(hono, {
    widgetsDir: config.staticRoot ? `${config.staticRoot}/widgets` : repositoryPath('dist', 'widgets'),
    adminDir: config.staticRoot ? `${config.staticRoot}/admin` : repositoryPath('dist', 'admin'),
    demoDir: repositoryPath('demo'),
    demoPages: config.demoPages,
  });
  hono.notFound(notFoundHandler);
  return {
    hono,
    replay,
    newsletter,
    appointments,
    appointmentContent,
    faqContent,
    dashboard,
    issueSender,
    versions,
    staff,
    health,
  };
}

/** `Name <address@host>` or a bare address → the organizer of calendar entries. */
function mailAddress(from: string, fallbackName: string): { name: string; email: string } | undefined {
  const match =
    /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from) ?? /^\s*()([^<>\s]+@[^<>\s]+)\s*$/.exec(from);
  if (!match) return undefined;
  return { name: match[1]?.trim() || fallbackName, email: match[2]! };
}
