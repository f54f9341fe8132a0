import { HealthResponse, WIDGETS_VERSION } from '@welcome-widgets/core';
import { Hono } from 'hono';
import type { Mailer } from '../mail/mailer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import type { Storage } from '../storage/database.js';

export function healthRoutes(options: { storage: Storage; mailer: Mailer; docs: ApiDocs }): Hono {
  const app = new Hono();
  options.docs.add({
    method: 'get',
    path: '/api/v1/health',
    tag: 'Operations',
    summary: 'Liveness and storage check.',
    responses: {
      200: { description: 'Healthy', schema: HealthResponse },
      503: { description: 'Storage unreachable', schema: HealthResponse },
    },
  });
  app.get('/', async (c) => {
    const ok = await options.storage.ping();
    const body: HealthResponse = {
      status: ok ? 'ok' : 'degraded',
      storage: { engine: options.storage.engine, ok },
      mail: { transport: options.mailer.transport },
      version: WIDGETS_VERSION,
      time: new Date().toISOString(),
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body, ok ? 200 : 503);
  });
  return app;
}
