import { singleLineText, type FieldErrors } from '@welcome-widgets/domain';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { FileLinesError, HttpError } from '../http/api-error.js';
import { readLimitedBody } from '../http/read-limited-body.js';
import { DashboardImportError, MAX_CSV_BYTES, type ImportMetadata } from './dashboard-import.js';

// What the direct import and a draft's upload share: the query, the body, the refusals.

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The statements an upload may make about its file (query parameters). */
export const ImportQuery = z.strictObject({
  /** Data as of (ISO date); default: the latest date in the file. */
  asOf: z.optional(isoDate),
  /** Last edited (ISO date); default: today (Berlin). */
  edited: z.optional(isoDate),
  /** Source text; default: the metric's current one. */
  source: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300), singleLineText())),
  /** `true` keeps the "illustrative" notice; default `false`. */
  illustrative: z.optional(z.enum(['true', 'false'])),
});

/** The query as the import takes it: `illustrative` as a flag, left out when not given. */
export function importMetadata(query: z.infer<typeof ImportQuery>): ImportMetadata {
  const { illustrative, ...dates } = query;
  return { ...dates, ...(illustrative ? { illustrative: illustrative === 'true' } : {}) };
}

/** The body of a CSV upload: text/csv in UTF-8, at most 1 MB (413 also while streaming). */
export async function readCsvBody(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? '';
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(type)?.[2];
  if (!/^text\/csv\s*(;|$)/i.test(type) || (charset && !/^utf-?8$/i.test(charset)))
    throw new HttpError(415, 'unsupported_media_type', 'Send the file as text/csv (UTF-8).');
  return readLimitedBody(c, MAX_CSV_BYTES, `The file must not exceed ${MAX_CSV_BYTES} bytes (1 MB).`);
}

/** A refused file as the API answers it: 404, 413, or 422 with every bad line (`error.lines`). */
export function importProblem(error: unknown): unknown {
  if (!(error instanceof DashboardImportError)) return error;
  if (error.code === 'not_found') return new HttpError(404, 'not_found', error.message);
  if (error.code === 'payload_too_large') return new HttpError(413, 'payload_too_large', error.message);
  const fields: FieldErrors = Object.fromEntries(error.fields.map((f) => [f, 'invalid' as const]));
  return new FileLinesError(
    422,
    'validation_failed',
    error.message,
    error.lines,
    error.fields.length > 0 ? fields : undefined,
  );
}
