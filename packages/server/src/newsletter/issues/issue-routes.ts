import {
  NewsletterIssue,
  NewsletterIssueInput,
  NewsletterIssueList,
  NewsletterIssuePath,
  NewsletterIssuePreview,
  NewsletterRecipientPage,
  NewsletterRecipientQuery,
  NewsletterSubscriberCounts,
  NewsletterTestMailRequest,
  NewsletterTestMailResult,
} from '@welcome-widgets/domain';
import { Hono, type Context } from 'hono';
import { HttpError, validationFailed } from '../../http/api-error.js';
import type { Mailer } from '../../mail/mailer.js';
import type { ApiDocs } from '../../openapi/api-docs.js';
import { ApiRoutes } from '../../openapi/api-routes.js';
import { recordAudit } from '../../staff/audit-log.js';
import type { StaffAccess } from '../../staff/staff-access.js';
import { staffActor } from '../../staff/staff-actor.js';
import type { Storage } from '../../storage/database.js';
import { recipientPage } from './issue-outcomes.js';
import type { IssueActor, NewsletterIssues } from './issue-service.js';
import { subscriberCounts, subscribersCsv } from './subscriber-report.js';

const TAG = 'Newsletter (staff)';
const MOUNT = '/api/v1/admin/newsletter';
const noIssue = () => new HttpError(404, 'not_found', 'No newsletter issue with this id.');
const notDraft = () => new HttpError(409, 'conflict', 'This issue has been sent; it can no longer be changed.');
/** Editors write the newsletter; admins may do everything editors may (ADR 0018). */
const EDITORS = ['admin', 'editor'] as const;

/** Subscriber counts and export, issues from draft to archive; editors and admins (docs/adr/0018). */
export function newsletterIssueRoutes(options: {
  issues: NewsletterIssues;
  storage: Storage;
  mailer: Mailer;
  docs: ApiDocs;
  staff: StaffAccess;
  now?: () => Date;
}): Hono {
  const { issues, storage, mailer } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, MOUNT, { staff: (roles) => options.staff.guard(roles) });
  const issueId = (id: string) => Number(id);

  routes.add(
    {
      method: 'get',
      path: `${MOUNT}/subscribers/counts`,
      operationId: 'countNewsletterSubscribers',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'Confirmed subscribers by topic, by language and by both.',
      responses: { 200: { description: 'Counts', schema: NewsletterSubscriberCounts } },
    },
    async (c) => c.json(await subscriberCounts(storage)),
  );

  routes.add(
    {
      method: 'get',
      path: `${MOUNT}/subscribers/export`,
      operationId: 'exportNewsletterSubscribers',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary:
        'Confirmed subscribers as CSV (UTF-8 with BOM, comma, CRLF): `email,topics,language,confirmedAt`, topics separated by spaces; cells starting with = + - @ are prefixed with an apostrophe.',
      responses: { 200: { description: 'The CSV file', contentType: 'text/csv' } },
    },
    async (c) => {
      const csv = await subscribersCsv(storage);
      // Not a change, but every address leaves the server at once: the log says who took them.
      await recordAudit(storage.db, staffActor(c), now(), { action: 'newsletter.subscribers.export' });
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="newsletter-subscribers.csv"',
      });
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${MOUNT}/preview`,
      operationId: 'previewNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary:
        'Renders an issue as subscribers would get it (Markdown through the FAQ answers’ sanitiser) and counts who would get it now; stores nothing.',
      body: { json: NewsletterIssueInput, maxBytes: 512_000 },
      responses: {
        200: { description: 'Rendered per language, with the audience', schema: NewsletterIssuePreview },
        422: { description: 'Field errors' },
      },
    },
    async (c, { body }) => c.json(await issues.preview(body)),
  );

  routes.add(
    {
      method: 'get',
      path: `${MOUNT}/issues`,
      operationId: 'listNewsletterIssues',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'Drafts and the archive of sent issues, newest first, with their counts.',
      responses: { 200: { description: 'Issues', schema: NewsletterIssueList } },
    },
    async (c) => c.json({ issues: await issues.list() } satisfies NewsletterIssueList),
  );

  routes.add(
    {
      method: 'post',
      path: `${MOUNT}/issues`,
      operationId: 'createNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'Saves a draft: its topics and a subject and Markdown body per language.',
      body: { json: NewsletterIssueInput, maxBytes: 512_000 },
      responses: {
        201: { description: 'The draft', schema: NewsletterIssue },
        422: { description: 'Field errors' },
      },
    },
    async (c, { body }) => c.json(await issues.create(body, actorOf(c)), 201),
  );

  routes.add(
    {
      method: 'get',
      path: `${MOUNT}/issues/{id}`,
      operationId: 'getNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'One issue with its audience and delivery progress.',
      params: NewsletterIssuePath,
      rejectInvalid: { params: noIssue },
      responses: {
        200: { description: 'The issue', schema: NewsletterIssue },
        404: { description: 'No such issue' },
      },
    },
    async (c, { params }) => c.json((await issues.get(issueId(params.id))) ?? throwing(noIssue())),
  );

  routes.add(
    {
      method: 'put',
      path: `${MOUNT}/issues/{id}`,
      operationId: 'updateNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'Replaces a draft’s topics and texts.',
      params: NewsletterIssuePath,
      rejectInvalid: { params: noIssue },
      body: { json: NewsletterIssueInput, maxBytes: 512_000 },
      responses: {
        200: { description: 'The draft', schema: NewsletterIssue },
        404: { description: 'No such issue' },
        409: { description: 'Sent (or being sent): no longer editable (code `conflict`)' },
        422: { description: 'Field errors' },
      },
    },
    async (c, { params, body }) => {
      const outcome = await issues.update(issueId(params.id), body, actorOf(c));
      if (outcome === 'not-found') throw noIssue();
      if (outcome === 'not-draft') throw notDraft();
      return c.json(outcome);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: `${MOUNT}/issues/{id}`,
      operationId: 'deleteNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary: 'Deletes a draft; sent issues stay in the archive.',
      params: NewsletterIssuePath,
      rejectInvalid: { params: noIssue },
      responses: {
        204: { description: 'Deleted' },
        404: { description: 'No such issue' },
        409: { description: 'Sent (or being sent): kept (code `conflict`)' },
      },
    },
    async (c, { params }) => {
      const outcome = await issues.remove(issueId(params.id), actorOf(c));
      if (outcome === 'not-found') throw noIssue();
      if (outcome === 'not-draft') throw notDraft();
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${MOUNT}/issues/{id}/test-mail`,
      operationId: 'sendNewsletterTestMail',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary:
        'Sends one language’s mail (default: the first text), marked `[Test]`, to the signed-in account’s own address; only the API token names an address (`to`). Its unsubscribe link unsubscribes nobody.',
      params: NewsletterIssuePath,
      rejectInvalid: { params: noIssue },
      body: { json: NewsletterTestMailRequest },
      responses: {
        202: { description: 'Queued', schema: NewsletterTestMailResult },
        404: { description: 'No such issue' },
        422: {
          description:
            'Field errors: `language` without a text in this issue; `to` missing (API token) or given (a session may mail only itself)',
        },
        429: { description: 'The address had the day’s maximum of mails (code `mail_limit`, Retry-After)' },
      },
    },
    async (c, { params, body }) => {
      const actor = actorOf(c);
      if (actor.email && body.to) throw validationFailed({ to: 'not_allowed' });
      const to = actor.email ?? body.to;
      if (!to) throw validationFailed({ to: 'required' });
      const result = await issues.testMail(issueId(params.id), to, body.language);
      if (result === 'not-found') throw noIssue();
      if (result === 'no-text') throw validationFailed({ language: 'not_allowed' });
      if (result.outcome === 'over-limit') {
        const retryAfter = await mailer.retryAfterSeconds(to);
        throw new HttpError(429, 'mail_limit', 'This address has had the day’s maximum of mails.', undefined, {
          'Retry-After': String(retryAfter),
        });
      }
      return c.json({ status: 'queued', to, language: result.language } satisfies NewsletterTestMailResult, 202);
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${MOUNT}/issues/{id}/send`,
      operationId: 'sendNewsletterIssue',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary:
        'Sends the issue through the mail queue to every confirmed subscriber of one of its topics whose language it has a text for, each mail with its own unsubscribe link and List-Unsubscribe (one-click). Idempotent: again, nothing is sent twice (a send that stopped is resumed).',
      params: NewsletterIssuePath,
      rejectInvalid: { params: noIssue },
      responses: {
        202: { description: 'Sending started; follow `progress` with GET', schema: NewsletterIssue },
        200: { description: 'Sending had been started before; nothing new was sent', schema: NewsletterIssue },
        404: { description: 'No such issue' },
      },
    },
    async (c, { params }) => {
      const result = await issues.send(issueId(params.id), actorOf(c));
      if (result === 'not-found') throw noIssue();
      return c.json(result.issue, result.outcome === 'started' ? 202 : 200);
    },
  );

  routes.add(
    {
      method: 'get',
      path: `${MOUNT}/issues/{id}/recipients`,
      operationId: 'listNewsletterIssueRecipients',
      tag: TAG,
      security: 'staff',
      roles: EDITORS,
      summary:
        'The recipients of a sent issue with their mail’s state (queued, sent, failed), by subscriber id; a subscriber deleted after unsubscribing is no longer listed.',
      params: NewsletterIssuePath,
      query: NewsletterRecipientQuery,
      rejectInvalid: { params: noIssue },
      responses: {
        200: { description: 'A page of recipients', schema: NewsletterRecipientPage },
        404: { description: 'No such issue' },
        422: { description: 'Bad query' },
      },
    },
    async (c, { params, query }) => {
      const issue = await issues.get(issueId(params.id));
      if (!issue) throw noIssue();
      return c.json(
        await recipientPage(storage, issue.id, {
          ...(query.status ? { status: query.status } : {}),
          ...(query.after ? { after: Number(query.after) } : {}),
          limit: query.limit ? Number(query.limit) : 100,
        }),
      );
    },
  );

  return app;
}

function throwing(error: HttpError): never {
  throw error;
}

/** The account (its address at the time, where its test mails go) or the API token, which has none. */
function actorOf(c: Context): IssueActor {
  const actor = staffActor(c);
  if (actor.kind === 'user') return { label: actor.user.email, email: actor.user.email, actor };
  return { label: actor.kind === 'token' ? 'api-token' : 'cli', email: null, actor };
}
