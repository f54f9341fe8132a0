import {
  FaqAdminEntry,
  FaqAdminEntryList,
  FaqCategoryList,
  FaqEntryCreate,
  FaqEntryPath,
  FaqEntryUpdate,
  FaqImportResult,
  FaqPreview,
  FaqPreviewRequest,
  FaqSynonyms,
  FaqTextPath,
  FaqTextUpdate,
  FaqZeroResultList,
  FaqZeroResultQuery,
  SOURCE_LOCALE,
  textDirection,
  type FaqImportProblem,
  type FieldErrors,
  type StaffRole,
} from '@welcome-widgets/domain';
import { Hono, type Context } from 'hono';
import type { Kysely, Transaction } from 'kysely';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import { fieldErrorsOf } from '../http/field-errors.js';
import { readLimitedBody } from '../http/read-limited-body.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import { recordAudit } from '../staff/audit-log.js';
import type { StaffAccess } from '../staff/staff-access.js';
import { staffActor } from '../staff/staff-actor.js';
import type { Database } from '../storage/schema.js';
import { adminEntry, entryList, helpfulCounts } from './faq-admin-view.js';
import { faqArchive, readFaqArchive } from './faq-archive.js';
import { importFaq } from './faq-import.js';
import { parseFaqFiles, type FaqSource, type FaqSourceEntry } from './faq-source.js';
import { insertEntry, writeSynonyms, type FaqContentStore } from './faq-store.js';
import { topZeroResults } from './faq-zero-results.js';
import { isolateCitations } from './isolate-citations.js';
import { renderAnswer } from './render-answer.js';

const TAG = 'FAQ (admin)';
const ROLES: readonly StaffRole[] = ['admin', 'editor'];
/** A body of 20,000 characters is up to 80 kB in UTF-8; past that a well-formed body still gets field errors. */
const MAX_TEXT_BYTES = 128 * 1024;
const MAX_LIST_BYTES = 256 * 1024;
/** The shipped FAQ packs to about 1.5 MB. */
export const MAX_ARCHIVE_BYTES = 10 * 1024 * 1024;
const BASE = '/api/v1/admin/faq';

const notFound = () => new HttpError(404, 'not_found', 'No FAQ entry with this id.');

/** The list bodies are read loosely, then checked whole, so a 422 names the field's whole path. */
const CategoriesBody = z.strictObject({ categories: z.array(z.unknown()) });
const SynonymsBody = z.strictObject({ synonyms: z.array(z.unknown()) });

/** A refused import: every problem by file (`error.files`). */
class FileProblemsError extends HttpError {
  constructor(readonly files: FaqImportProblem[]) {
    super(422, 'validation_failed', 'The FAQ archive has problems; nothing was changed.');
  }

  override body(requestId: string) {
    const base = super.body(requestId);
    return { ...base, error: { ...base.error, files: this.files } };
  }
}

/**
 * Editing the FAQ (ADR 0018, "FAQ in the database"): editors and admins. Each change is checked,
 * stored, audited with before and after, and bumps the `faq` version in one transaction, so the
 * public FAQ follows at once on this instance and within seconds on the others.
 */
export function faqAdminRoutes(options: {
  store: FaqContentStore;
  db: Kysely<Database>;
  docs: ApiDocs;
  staff: StaffAccess;
  now?: () => Date;
}): Hono {
  const { store, db } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, BASE, { staff: (roles) => options.staff.guard(roles) });

  const entryAnswer = async (id: string) => {
    const entry = (await store.source()).entries.find((one) => one.id === id);
    if (!entry) throw notFound();
    return adminEntry(entry, await helpfulCounts(db, id), store.version);
  };

  /** An edit audited with what it changed, in the edit's transaction. */
  const auditedEdit = (
    c: Context,
    action: string,
    change: (
      trx: Transaction<Database>,
      source: FaqSource,
    ) => Promise<{ target: string; before: unknown; after: unknown }>,
  ) =>
    store.edit(async (trx, source) => {
      const { target, before, after } = await change(trx, source);
      await recordAudit(trx, staffActor(c), now(), { action, target, before, after });
    });

  /** An edit of one entry: 404 when there is none; the audit entry names it. */
  const editEntry = (
    c: Context,
    id: string,
    action: string,
    change: (
      trx: Transaction<Database>,
      entry: FaqSourceEntry,
      source: FaqSource,
    ) => Promise<{ target?: string; before: unknown; after: unknown }>,
  ) =>
    auditedEdit(c, action, async (trx, source) => {
      const entry = source.entries.find((one) => one.id === id);
      if (!entry) throw notFound();
      const { target, before, after } = await change(trx, entry, source);
      return { target: target ?? `faq:${id}`, before, after };
    });

  routes.add(
    {
      method: 'get',
      path: `${BASE}/entries`,
      operationId: 'listFaqAdminEntries',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "Every entry in the editor's order with, per language, its title, last save and state (`current`, `outdated`: older than the German text, `missing`) and the helpful counts; the categories.",
      responses: { 200: { description: 'The entries', schema: FaqAdminEntryList } },
    },
    async (c) => c.json(entryList(await store.source(), await helpfulCounts(db), store.version)),
  );

  routes.add(
    {
      method: 'post',
      path: `${BASE}/entries`,
      operationId: 'createFaqEntry',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'Adds an entry with its German title and Markdown answer, its category, optional weight and related entries. Translations follow one language at a time.',
      body: { json: FaqEntryCreate, maxBytes: MAX_TEXT_BYTES },
      responses: {
        201: { description: 'Added', schema: FaqAdminEntry },
        409: { description: 'An entry with this id exists' },
        422: { description: 'Field errors (`id`, `category`, `related.0`, `title`, `body`); nothing changed' },
      },
    },
    async (c, { body }) => {
      await auditedEdit(c, 'faq.entry.create', async (trx, source) => {
        if (source.entries.some((one) => one.id === body.id))
          throw new HttpError(409, 'conflict', 'An entry with this id exists.');
        const related = body.related ?? [];
        checkStructure(source, body.id, body.category, related);
        const entry: FaqSourceEntry = {
          id: body.id,
          category: body.category,
          weight: body.weight ?? null,
          related,
          texts: { de: { title: body.title, body: body.body, updatedAt: now().toISOString() } },
        };
        await insertEntry(trx, entry);
        return { target: `faq:${body.id}`, before: null, after: entry };
      });
      return c.json(await entryAnswer(body.id), 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: `${BASE}/entries/{id}`,
      operationId: 'getFaqAdminEntry',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'One entry with its title and Markdown answer in all seven languages (null: not translated) and the helpful counts.',
      params: FaqEntryPath,
      rejectInvalid: { params: notFound },
      responses: { 200: { description: 'The entry', schema: FaqAdminEntry }, 404: { description: 'No such entry' } },
    },
    async (c, { params: { id } }) => c.json(await entryAnswer(id)),
  );

  routes.add(
    {
      method: 'put',
      path: `${BASE}/entries/{id}`,
      operationId: 'updateFaqEntry',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'Changes what an entry is beside its texts: category, weight (the order before anything is typed), related entries. Fields left out stay.',
      params: FaqEntryPath,
      rejectInvalid: { params: notFound },
      body: { json: FaqEntryUpdate },
      responses: {
        200: { description: 'Changed', schema: FaqAdminEntry },
        404: { description: 'No such entry' },
        422: { description: 'Field errors (`category`, `related.0`, `weight`); nothing changed' },
      },
    },
    async (c, { params: { id }, body }) => {
      await editEntry(c, id, 'faq.entry.update', async (trx, entry, source) => {
        const next = {
          category: body.category ?? entry.category,
          weight: body.weight === undefined ? entry.weight : body.weight,
          related: body.related ?? entry.related,
        };
        checkStructure(source, id, next.category, next.related);
        await trx
          .updateTable('faq_entries')
          .set({ category: next.category, weight: next.weight, related: JSON.stringify(next.related) })
          .where('id', '=', id)
          .execute();
        return { before: { category: entry.category, weight: entry.weight, related: entry.related }, after: next };
      });
      return c.json(await entryAnswer(id));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: `${BASE}/entries/{id}`,
      operationId: 'deleteFaqEntry',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: "Deletes an entry in every language, with its helpful counts; other entries' related lists lose it.",
      params: FaqEntryPath,
      rejectInvalid: { params: notFound },
      responses: { 204: { description: 'Deleted' }, 404: { description: 'No such entry' } },
    },
    async (c, { params: { id } }) => {
      await editEntry(c, id, 'faq.entry.delete', async (trx, entry, source) => {
        for (const other of source.entries)
          if (other.related.includes(id))
            await trx
              .updateTable('faq_entries')
              .set({ related: JSON.stringify(other.related.filter((r) => r !== id)) })
              .where('id', '=', other.id)
              .execute();
        await trx.deleteFrom('faq_entries').where('id', '=', id).execute();
        await trx.deleteFrom('faq_feedback').where('entry_id', '=', id).execute();
        return { before: entry, after: null };
      });
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'put',
      path: `${BASE}/entries/{id}/texts/{language}`,
      operationId: 'updateFaqText',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'Saves one language of an entry: title and Markdown answer, both required (answer at most 20,000 characters). Saving sets its time even when nothing changed: a translation checked against a newer German text is current again. Saving the German text makes the translations outdated. With `baseUpdatedAt`, a text someone else saved since gives 409.',
      params: FaqTextPath,
      rejectInvalid: { params: notFound },
      body: { json: FaqTextUpdate, maxBytes: MAX_TEXT_BYTES },
      responses: {
        200: { description: 'Saved; the whole entry', schema: FaqAdminEntry },
        404: { description: 'No such entry' },
        409: { description: 'The text changed since `baseUpdatedAt` (code `conflict`)' },
        422: { description: 'Field errors (`title`, `body`); nothing changed' },
      },
    },
    async (c, { params: { id, language }, body }) => {
      await editEntry(c, id, 'faq.text.update', async (trx, entry) => {
        const before = entry.texts[language] ?? null;
        if (body.baseUpdatedAt !== undefined && body.baseUpdatedAt !== (before?.updatedAt ?? null))
          throw new HttpError(409, 'conflict', 'This text was saved by someone else since you opened it.');
        const after = { title: body.title, body: body.body, updatedAt: now().toISOString() };
        if (before)
          await trx
            .updateTable('faq_texts')
            .set({ title: after.title, body: after.body, updated_at: after.updatedAt })
            .where('entry_id', '=', id)
            .where('language', '=', language)
            .execute();
        else
          await trx
            .insertInto('faq_texts')
            .values({ entry_id: id, language, title: after.title, body: after.body, updated_at: after.updatedAt })
            .execute();
        return { target: `faq:${id}/${language}`, before, after };
      });
      return c.json(await entryAnswer(id));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: `${BASE}/entries/{id}/texts/{language}`,
      operationId: 'deleteFaqText',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: 'Withdraws a translation: readers of that language see the German text, marked as such. Not for German.',
      params: FaqTextPath,
      rejectInvalid: { params: notFound },
      responses: {
        200: { description: 'Withdrawn; the whole entry', schema: FaqAdminEntry },
        404: { description: 'No such entry or no such translation' },
        422: { description: 'German (`language`): delete the entry instead' },
      },
    },
    async (c, { params: { id, language } }) => {
      if (language === SOURCE_LOCALE) throw validationFailed({ language: 'not_allowed' });
      await editEntry(c, id, 'faq.text.delete', async (trx, entry) => {
        const before = entry.texts[language];
        if (!before) throw new HttpError(404, 'not_found', 'This entry has no text in this language.');
        await trx.deleteFrom('faq_texts').where('entry_id', '=', id).where('language', '=', language).execute();
        return { target: `faq:${id}/${language}`, before, after: null };
      });
      return c.json(await entryAnswer(id));
    },
  );

  routes.add(
    {
      method: 'get',
      path: `${BASE}/categories`,
      operationId: 'getFaqCategories',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: 'The categories in their order, titles in all seven languages.',
      responses: { 200: { description: 'The categories', schema: FaqCategoryList } },
    },
    async (c) => c.json({ categories: (await store.source()).categories } satisfies FaqCategoryList),
  );

  routes.add(
    {
      method: 'put',
      path: `${BASE}/categories`,
      operationId: 'updateFaqCategories',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'Replaces the categories (the list in its new order; each with an id and titles in all seven languages). A category that still has entries cannot be left out (409).',
      body: { json: CategoriesBody, maxBytes: MAX_LIST_BYTES },
      responses: {
        200: { description: 'Saved', schema: FaqCategoryList },
        409: { description: 'A category left out still has entries' },
        422: { description: 'Field errors by path (`categories.2.title.uk`, `categories.0.id`); nothing changed' },
      },
    },
    async (c, { body }) => {
      const parsed = z.safeParse(FaqCategoryList, body);
      if (!parsed.success) throw validationFailed(fieldErrorsByPath(parsed.error.issues));
      const categories = parsed.data.categories;
      const duplicate = categories.findIndex((one, index) => categories.findIndex((o) => o.id === one.id) !== index);
      if (duplicate !== -1) throw validationFailed({ [`categories.${duplicate}.id`]: 'not_allowed' });
      await auditedEdit(c, 'faq.categories.update', async (trx, source) => {
        const kept = new Set(categories.map((one) => one.id));
        const orphaned = [...new Set(source.entries.map((e) => e.category).filter((id) => !kept.has(id)))];
        if (orphaned.length > 0)
          throw new HttpError(409, 'conflict', `These categories still have entries: ${orphaned.join(', ')}.`);
        await trx.deleteFrom('faq_categories').execute();
        await trx
          .insertInto('faq_categories')
          .values(categories.map((one, position) => ({ id: one.id, position, titles: JSON.stringify(one.title) })))
          .execute();
        return { target: 'faq-categories', before: source.categories, after: categories };
      });
      return c.json({ categories } satisfies FaqCategoryList);
    },
  );

  routes.add(
    {
      method: 'get',
      path: `${BASE}/synonyms`,
      operationId: 'getFaqSynonyms',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: 'The synonym groups: words that mean the same to a searcher, across languages, for the whole FAQ.',
      responses: { 200: { description: 'The groups', schema: FaqSynonyms } },
    },
    async (c) => c.json({ synonyms: (await store.source()).synonyms } satisfies FaqSynonyms),
  );

  routes.add(
    {
      method: 'put',
      path: `${BASE}/synonyms`,
      operationId: 'updateFaqSynonyms',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: 'Replaces the synonym groups (each of at least two words or phrases, at most 80 characters each).',
      body: { json: SynonymsBody, maxBytes: MAX_LIST_BYTES },
      responses: {
        200: { description: 'Saved', schema: FaqSynonyms },
        422: { description: 'Field errors by path (`synonyms.3`, `synonyms.0.1`); nothing changed' },
      },
    },
    async (c, { body }) => {
      const parsed = z.safeParse(FaqSynonyms, body);
      if (!parsed.success) throw validationFailed(fieldErrorsByPath(parsed.error.issues));
      await auditedEdit(c, 'faq.synonyms.update', async (trx, source) => {
        await writeSynonyms(trx, parsed.data.synonyms, now().toISOString());
        return { target: 'faq-synonyms', before: source.synonyms, after: parsed.data.synonyms };
      });
      return c.json(parsed.data);
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${BASE}/preview`,
      operationId: 'previewFaqAnswer',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'Renders a Markdown answer exactly as the public FAQ will (the same renderer and sanitiser; citations isolated in right-to-left languages). Stores nothing.',
      body: { json: FaqPreviewRequest, maxBytes: MAX_TEXT_BYTES },
      responses: {
        200: { description: 'The answer as HTML and as plain text', schema: FaqPreview },
        422: { description: 'Field errors (`body` too long, `language`)' },
      },
    },
    (c, { body }) => {
      const markdown = textDirection(body.language) === 'rtl' ? isolateCitations(body.body) : body.body;
      return c.json(renderAnswer(markdown) satisfies FaqPreview);
    },
  );

  routes.add(
    {
      method: 'get',
      path: `${BASE}/zero-results`,
      operationId: 'listFaqZeroResults',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'The searches that found nothing, most reported first: normalised query, language, count and last day, over the last `days` days (default 30), at most `limit` (default 50).',
      query: FaqZeroResultQuery,
      responses: {
        200: { description: 'The searches', schema: FaqZeroResultList },
        422: { description: '`days` not 1–90 or `limit` not 1–500' },
      },
    },
    async (c, { query }) =>
      c.json(
        await topZeroResults(db, { days: Number(query.days ?? 30), limit: Number(query.limit ?? 50), now: now() }),
      ),
  );

  routes.add(
    {
      method: 'get',
      path: `${BASE}/export`,
      operationId: 'exportFaq',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        'The whole FAQ as an uncompressed tar of its Markdown folder (`faq/categories.json`, `faq/synonyms.json`, `faq/<language>/<id>.md`), the format FAQ_CONTENT_DIR and the import read.',
      responses: { 200: { description: 'The archive', contentType: 'application/x-tar' } },
    },
    async () => {
      const archive = faqArchive(await store.source());
      return new Response(new Uint8Array(archive), {
        headers: {
          'Content-Type': 'application/x-tar',
          'Content-Disposition': `attachment; filename="faq-${now().toISOString().slice(0, 10)}.tar"`,
        },
      });
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${BASE}/import`,
      operationId: 'importFaq',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: `Replaces the whole FAQ with a tar of its Markdown folder (as the export writes it; the files at the top or in one folder). Checked whole first: any problem and nothing changes, the 422 lists every problem by file (\`error.files\`). Helpful counts of entries that remain are kept. At most ${MAX_ARCHIVE_BYTES} bytes.`,
      body: { contentType: 'application/x-tar' },
      responses: {
        200: { description: 'Imported', schema: FaqImportResult },
        413: { description: 'Archive over the limit' },
        415: { description: 'Not application/x-tar (or application/octet-stream)' },
        422: { description: 'Problems by file (`error.files`); nothing was changed' },
      },
    },
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/(?:x-tar|octet-stream)\s*(;|$)/i.test(type))
        throw new HttpError(415, 'unsupported_media_type', 'Send the archive as application/x-tar.');
      const archive = await readLimitedBody(
        c,
        MAX_ARCHIVE_BYTES,
        `The archive must not exceed ${MAX_ARCHIVE_BYTES} bytes.`,
      );
      const read = readFaqArchive(archive);
      if (!read.files) throw new FileProblemsError(read.problems);
      const parsed = parseFaqFiles(read.files);
      if (!parsed.source) throw new FileProblemsError(parsed.problems);
      return c.json(
        await importFaq(store, parsed.source, (trx, audit) => recordAudit(trx, staffActor(c), now(), audit)),
      );
    },
  );

  return app;
}

/** A new or changed entry's category must exist, and its related entries too (not itself). */
function checkStructure(source: FaqSource, id: string, category: string, related: readonly string[]): void {
  const errors: FieldErrors = {};
  if (!source.categories.some((one) => one.id === category)) errors.category = 'not_allowed';
  const ids = new Set(source.entries.map((one) => one.id));
  related.forEach((other, index) => {
    if (other === id || !ids.has(other) || related.indexOf(other) !== index) errors[`related.${index}`] = 'not_allowed';
  });
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

/** Each issue under its whole path (`categories.2.title.uk`), one code per path. */
function fieldErrorsByPath(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  return fieldErrorsOf(issues, {
    code: (issue) =>
      issue.code === 'too_big'
        ? 'too_long'
        : issue.code === 'too_small'
          ? issue.origin === 'array'
            ? 'required'
            : 'too_short'
          : undefined,
  });
}
