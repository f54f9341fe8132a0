import { fieldErrorsFromIssues } from '@welcome-widgets/domain';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from './api-error.js';
import { readLimitedBody } from './read-limited-body.js';

/** Request bodies are small forms; anything bigger is a mistake or an attack. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/**
 * Reads and validates a JSON body: 415, 413, 400 or 422 with field errors; never half-parsed data.
 * The body is read as a stream and cut at `maxBytes` (readLimitedBody), however it is sent.
 * `maxBytes` lets an endpoint answer oversized but well-formed bodies with field errors instead of 413.
 */
export async function readJson<T>(c: Context, schema: z.ZodMiniType<T>, maxBytes = MAX_JSON_BODY_BYTES): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const raw = await readLimitedBody(c, maxBytes, `The body must not exceed ${maxBytes} bytes.`);

  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new HttpError(400, 'malformed_json', 'The body is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new HttpError(400, 'malformed_json', 'The body must be a JSON object.');
  }
  const result = z.safeParse(schema, data);
  if (!result.success) throw validationFailed(fieldErrorsFromIssues(result.error.issues, data));
  return result.data;
}
