import { Hono } from 'hono';
import * as z from 'zod/mini';
import { HttpError } from '../http/api-error.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { StaffAccess } from '../staff/staff-access.js';
import type { Storage } from '../storage/database.js';
import { outboxAccess } from './outbox-access.js';
import { findAttachment, latestMails } from './outbox-store.js';

const NUMBER = /^\d{1,15}$/;
const TAG = 'Outbox (demo)';
const ACCESS = ' For admins (a session or ADMIN_TOKEN); without ADMIN_TOKEN set also from the server’s own machine.';

const OutboxMails = z.object({
  mails: z.array(
    z.object({
      id: z.number(),
      from: z.nullable(z.string()),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      html: z.string(),
      createdAt: z.string(),
      attachments: z.array(
        z.object({ filename: z.string(), contentType: z.string(), size: z.number(), url: z.string() }),
      ),
    }),
  ),
});
const AttachmentPath = z.object({
  mail: z.string().check(z.regex(NUMBER)),
  position: z.string().check(z.regex(NUMBER)),
});
const noSuchMail = () => new HttpError(404, 'not_found', 'No such resource');

/**
 * The outbox for the demo and for counties trying the server without SMTP: the mails that would
 * have been sent, with their attachments. Only for this machine, or behind ADMIN_TOKEN.
 */
export function outboxRoutes(options: {
  storage: Storage;
  docs: ApiDocs;
  adminToken?: string;
  trustProxy: number;
  staff: StaffAccess;
}): Hono {
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, '/api/v1/dev/outbox', { staff: outboxAccess(options) });
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  routes.add(
    {
      method: 'get',
      path: '/api/v1/dev/outbox',
      operationId: 'listOutboxMails',
      tag: TAG,
      security: 'staff',
      roles: ['admin'],
      summary: `Only when the server runs without SMTP_URL: the latest 50 mails it would have sent, newest first.${ACCESS}`,
      responses: {
        200: { description: 'The mails', schema: OutboxMails },
        403: {
          description: 'without ADMIN_TOKEN and without credentials, not from this machine (code `unauthorized`)',
        },
      },
    },
    async (c) => c.json({ mails: await latestMails(options.storage, 50) } satisfies z.infer<typeof OutboxMails>),
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/dev/outbox/{mail}/attachments/{position}',
      operationId: 'getOutboxAttachment',
      tag: TAG,
      security: 'staff',
      roles: ['admin'],
      summary: `One attachment of an outbox mail, always as a download.${ACCESS}`,
      params: AttachmentPath,
      rejectInvalid: { params: noSuchMail },
      responses: {
        200: { description: 'The attachment, with its own content type', contentType: 'application/octet-stream' },
        403: {
          description: 'without ADMIN_TOKEN and without credentials, not from this machine (code `unauthorized`)',
        },
        404: { description: 'No such mail or attachment' },
      },
    },
    async (c, { params: { mail, position } }) => {
      const attachment = await findAttachment(options.storage, Number(mail), Number(position));
      if (!attachment) throw noSuchMail();
      return c.body(attachment.content, 200, {
        'Content-Type': attachment.contentType,
        // Always a download, never rendered on this origin, whatever a mail attached.
        'Content-Disposition': `attachment; filename="${safeFilename(attachment.filename)}"`,
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );
  return app;
}

/** A quoted-string-safe file name: ASCII letters, digits and `._-` only (a header value); anything else becomes `_`. */
function safeFilename(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_') || 'attachment';
}
