import type { ErrorEnvelope } from '@welcome-widgets/domain';

/** Why a request failed, in the terms a widget shows to a person. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** The server's error envelope when it sent a valid one. */
    readonly body?: ErrorEnvelope,
    /** Seconds the server asked us to wait (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get code(): string | undefined {
    return this.body?.error.code;
  }

  /** Field errors of a 422 as `{ field: code }` (falls back to 'invalid' where the server sent only a message). */
  get fieldCodes(): Record<string, string> {
    const error = this.body?.error;
    if (!error?.fields) return {};
    return Object.fromEntries(Object.keys(error.fields).map((name) => [name, error.fieldCodes?.[name] ?? 'invalid']));
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
