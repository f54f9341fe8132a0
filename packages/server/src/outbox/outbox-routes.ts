import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { Storage } from '../storage/database.js';

/**
 * The outbox for the demo and for counties trying the server without SMTP: the mails that
 * would have been sent. Behind ADMIN_TOKEN when one is configured.
 */
export function outboxRoutes(options: { storage: Storage; adminToken?: string }): Hono {
  const app = new Hono();
  if (options.adminToken) app.use('*', bearerAuth({ token: options.adminToken }));
  app.get('/', async (c) => {
    const mails = await options.storage.db
      .selectFrom('mail_outbox')
      .select(['id', 'recipient', 'subject', 'text', 'html', 'created_at'])
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
    c.header('Cache-Control', 'no-store');
    return c.json({
      mails: mails.map((m) => ({
        id: m.id,
        to: m.recipient,
        subject: m.subject,
        text: m.text,
        html: m.html,
        createdAt: m.created_at,
      })),
    });
  });
  return app;
}
