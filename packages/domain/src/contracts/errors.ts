import * as z from 'zod/mini';

/** Machine-readable error codes; clients translate by code, the message is for developers and logs. */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'token_invalid',
  'rate_limited',
  /** Superseded by `origin-not-allowed`; kept so older clients that know it still compile. */
  'origin_not_allowed',
  'unauthorized',
  'conflict',
  'mail_unavailable',
  'internal',
  /**
   * 403 to a page whose origin is not in the server's ALLOWED_ORIGINS; readable by that page (the
   * answer carries its origin in Access-Control-Allow-Origin) so the widget can say so.
   */
  'origin-not-allowed',
  /** 409 to a second cancel of a booking that is already cancelled; no mail is sent. */
  'already-cancelled',
  /** 410 to confirming a held booking whose hold lapsed: the slot was released. */
  'hold_expired',
  /** 429: the recipient already got the day's maximum of mails; Retry-After says when one more may go. */
  'mail_limit',
  /** 401 to every failed staff login alike: unknown address, wrong password, disabled or locked account. */
  'login_failed',
  /** 403: a staff session's request without this server's Origin or the session's X-CSRF-Token. */
  'csrf_failed',
  /** 403: signed in (or a token), but the route needs another role. */
  'forbidden',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-field problem kinds, so a widget can show its own translated message for each field. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid',
  'too_long',
  'too_short',
  'not_allowed',
  'unknown_field',
  /** Invisible control characters (line breaks in a one-line field, NUL, bidi overrides…): plain-text.ts. */
  'control_characters',
  /** The address already has the maximum of open bookings (APPOINTMENT_MAX_OPEN_PER_ADDRESS). */
  'too_many_open',
  /** A staff password on the list of common passwords. */
  'common_password',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    fieldCodes: z.optional(z.record(z.string(), z.string())),
    /** Problems by line of an uploaded file (CSV import): every bad line, 1-based, header included. */
    lines: z.optional(z.array(z.object({ line: z.number(), message: z.string() }))),
    /** Problems by file of an uploaded archive (FAQ import): every bad file, by its path in the archive. */
    files: z.optional(z.array(z.object({ file: z.string(), message: z.string() }))),
  }),
  requestId: z.string(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
