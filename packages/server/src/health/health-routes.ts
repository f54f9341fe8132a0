import { HealthResponse, ProbeResponse } from '@welcome-widgets/domain';
import { Hono } from 'hono';
import { serveBytes } from '../http/prebuilt-answer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { HealthMonitor, HealthState } from './health-monitor.js';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const PROBE_OK = json({ status: 'ok' } satisfies ProbeResponse);
const PROBE_UNAVAILABLE = json({ status: 'unavailable' } satisfies ProbeResponse);

/**
 * Three questions, three answers. `live`: is the process up (no I/O; restart it if not).
 * `ready`: can it serve requests (the database answers; take it out of the pool if not). Mail
 * is not part of readiness: mails wait in the queue while SMTP is down, the service still works.
 * The health document: every dependency on its own, 503 when any of them is in trouble, for monitoring.
 * Readiness and health tell what the monitor's last background check found (its `time`), at most
 * a few seconds old: a probe costs no query, and a load balancer probing often costs the database nothing.
 * Each answer is bytes in memory, replayed before Hono until the next check (answer-replay.ts).
 */
export function healthRoutes(options: { monitor: HealthMonitor; docs: ApiDocs }): Hono {
  const app = new Hono();
  const { monitor } = options;
  // The document of one check, encoded once per check rather than per request.
  let encoded: { state: HealthState; body: Uint8Array } | undefined;
  const healthBody = (state: HealthState) => {
    if (encoded?.state !== state) encoded = { state, body: json(state.health) };
    return encoded.body;
  };
  const sameCheck = (state: HealthState) => () => monitor.current() === state;
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
    (c) => serveBytes(c, { status: 200, body: PROBE_OK, isCurrent: () => true }),
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/health/ready',
      operationId: 'checkReadiness',
      tag: 'Operations',
      security: 'public',
      summary:
        'Readiness: the database answered the last check (every few seconds). Mail is not required: mails wait in the queue.',
      responses: {
        200: { description: 'Ready', schema: ProbeResponse },
        503: { description: 'The database does not answer', schema: ProbeResponse },
      },
    },
    (c) => {
      const state = monitor.current();
      return state.ready
        ? serveBytes(c, { status: 200, body: PROBE_OK, isCurrent: sameCheck(state) })
        : serveBytes(c, { status: 503, body: PROBE_UNAVAILABLE, isCurrent: sameCheck(state) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/health',
      operationId: 'getHealth',
      tag: 'Operations',
      security: 'public',
      summary:
        'Every dependency: database, mail (SMTP reachable, queue backlog), as of the last check (`time`, every few seconds). 503 when one is in trouble.',
      responses: {
        200: { description: 'All dependencies healthy', schema: HealthResponse },
        503: { description: 'A dependency is in trouble; the body says which', schema: HealthResponse },
      },
    },
    (c) => {
      const state = monitor.current();
      const status = state.health.status === 'ok' ? 200 : 503;
      return serveBytes(c, { status, body: healthBody(state), isCurrent: sameCheck(state) });
    },
  );
  return app;
}
