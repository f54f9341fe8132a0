import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpError } from './api-error.js';
import type { Logger } from './logger.js';

/** Every failure leaves as an ErrorEnvelope; stack traces stay in the server's log. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const requestId = requestIdOf(c);
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body(requestId), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        { error: { code: 'validation_failed', message: error.message || 'Bad request' }, requestId },
        error.status,
      );
    }
    logger.error('unhandled error', { requestId, error: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: { code: 'internal', message: 'Internal server error' }, requestId }, 500);
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json({ error: { code: 'not_found', message: 'No such resource' }, requestId: requestIdOf(c) }, 404);

function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? 'unknown';
}
