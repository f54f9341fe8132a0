import { FIELD_ERROR_MESSAGES, type ErrorCode, type FieldErrors } from '@welcome-widgets/domain';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error meant for the client: its status, code and message are sent as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(requestId: string) {
    const fields = this.fieldErrors
      ? Object.fromEntries(Object.entries(this.fieldErrors).map(([name, code]) => [name, FIELD_ERROR_MESSAGES[code]]))
      : undefined;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(fields ? { fields, fieldCodes: this.fieldErrors } : {}),
      },
      requestId,
    };
  }
}

export const validationFailed = (fieldErrors: FieldErrors) =>
  new HttpError(422, 'validation_failed', 'Some fields are not valid.', fieldErrors);

/** A 422 for an uploaded file: the problems by line number, every bad line of it. */
export class FileLinesError extends HttpError {
  constructor(
    status: ContentfulStatusCode,
    code: ErrorCode,
    message: string,
    readonly lines: { line: number; message: string }[],
    fieldErrors?: FieldErrors,
  ) {
    super(status, code, message, fieldErrors);
  }

  override body(requestId: string) {
    const base = super.body(requestId);
    return { ...base, error: { ...base.error, lines: this.lines } };
  }
}
