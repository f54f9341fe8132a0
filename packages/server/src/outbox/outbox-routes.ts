import { Hono } from 'hono';
import type { Storage } from '../storage/database.js';
import { outboxAccess } from './outbox-access.js';
import { findAttachment, latestMails } from './outbox-store.js';

const NUMBER = /^\d{1,15}$/;

/**
 * The outbox for the demo and for counties trying the server without SMTP: the mails that would
 * have been sent, with their attachments. Only for this machine, or behind ADMIN_TOKEN.
 */
export function outboxRoutes(options: { storage: Storage; adminToken?: string; trustProxy: number }): Hono {
  const app = new Hono();
  app.use('*', outboxAccess(options));
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/', async (c) => c.json({ mails: await latestMails(options.storage, 50) }));

  app.get('/:mail/attachments/:position', async (c) => {
    const mail = c.req.param('mail');
    const position = c.req.param('position');
    if (!NUMBER.test(mail) || !NUMBER.test(position)) return c.notFound();
    const attachment = await findAttachment(options.storage, Number(mail), Number(position));
    if (!attachment) return c.notFound();
    return c.body(attachment.content, 200, {
      'Content-Type': attachment.contentType,
      // Always a download, never rendered on this origin, whatever a mail attached.
      'Content-Disposition': `attachment; filename="${safeFilename(attachment.filename)}"`,
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}

/** A quoted-string-safe file name: ASCII letters, digits and `._-` only (a header value); anything else becomes `_`. */
function safeFilename(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_') || 'attachment';
}
