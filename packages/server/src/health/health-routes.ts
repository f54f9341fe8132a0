import { HealthResponse, ProbeResponse, WIDGETS_VERSION } from '@welcome-widgets/domain';
import { Hono } from 'hono';
import type { Mailer } from '../mail/mailer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { Storage } from '../storage/database.js';

/** A mail older than this in the queue means mail is not getting through, whatever SMTP says. */
export const MAIL_BACKLOG_ALARM_SECONDS = 15 * 60;

/**
 * Three questions, three answers. `live`: is the process up (no I/O; restart it if not).
 * `ready`: can it serve requests (the database answers; take it out of the pool if not). Mail
 * is not part of readiness: mails wait in the queue while SMTP is down, the service still works.
 * The health document: every dependency on its own, 503 when any of them is in trouble, for monitoring.
 */
export function healthRoutes(options: { storage: Storage; mailer: Mailer; docs: ApiDocs }): Hono {
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, '/api/v1/health');

  routes.add(
    {
      method: 'get',
      path: '/api/v1/health/live',
      operationId: 'checkLiveness',
      tag: 'Operations',
      security: 'public',
      summary: 'Liveness: the process answers (no I/O).',
      responses: { 200: { description: 'Alive', schema: ProbeResponse } },
    },
    (c) => c.json({ status: 'ok' } satisfies ProbeResponse),
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/health/ready',
      operationId: 'checkReadiness',
      tag: 'Operations',
      security: 'public',
      summary: 'Readiness: the database answers. Mail is not required: mails wait in the queue.',
      responses: {
        200: { description: 'Ready', schema: ProbeResponse },
        503: { description: 'The database does not answer', schema: ProbeResponse },
      },
    },
    async (c) => {
      const ok = await options.storage.ping();
      return c.json({ status: ok ? 'ok' : 'unavailable' } satisfies ProbeResponse, ok ? 200 : 503);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/health',
      operationId: 'getHealth',
      tag: 'Operations',
      security: 'public',
      summary: 'Every dependency: database, mail (SMTP reachable, queue backlog). 503 when one is in trouble.',
      responses: {
        200: { description: 'All dependencies healthy', schema: HealthResponse },
        503: { description: 'A dependency is in trouble; the body says which', schema: HealthResponse },
      },
    },
    async (c) => {
      const storageOk = await options.storage.ping();
      const mail = storageOk ? await options.mailer.health() : undefined;
      const mailOk = mail ? mail.ok && mail.queue.oldestSeconds < MAIL_BACKLOG_ALARM_SECONDS : false;
      const body: HealthResponse = {
        status: storageOk && mailOk ? 'ok' : 'degraded',
        storage: { engine: options.storage.engine, ok: storageOk },
        mail: {
          transport: options.mailer.transport,
          ok: mailOk,
          ...(mail?.problem ? { problem: mail.problem } : {}),
          ...(mail ? { queue: mail.queue } : {}),
        },
        version: WIDGETS_VERSION,
        time: new Date().toISOString(),
      };
      return c.json(body, body.status === 'ok' ? 200 : 503);
    },
  );
  return app;
}
