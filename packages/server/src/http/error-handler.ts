import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from './api-error.js';
import { closeAfterAnswer } from './close-after-answer.js';
import type { Logger } from './logger.js';

/** Every failure leaves as an ErrorEnvelope; stack traces stay in the server's log. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const requestId = requestIdOf(c);
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      const response = c.json(error.body(requestId), error.status);
      // A refused upload ends its connection; the answer must still reach the client that is sending.
      return response.headers.get('connection') === 'close' ? closeAfterAnswer(c, response) : response;
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        { error: { code: 'validation_failed', message: error.message || 'Bad request' }, requestId },
        error.status,
      );
    }
    if (clientWentAway(error, c)) {
      // Normal on the internet (a train, a closed tab): noted, not an error; nobody reads the answer.
      logger.info('client closed the connection before the answer', { requestId });
      return c.json(
        { error: { code: 'client_closed', message: 'Client closed the request' }, requestId },
        CLIENT_CLOSED,
      );
    }
    logger.error('unhandled error', { requestId, error: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: { code: 'internal', message: 'Internal server error' }, requestId }, 500);
  };
}

/** nginx's code for "client closed the request": the access log shows what happened. */
const CLIENT_CLOSED = 499 as ContentfulStatusCode;

function clientWentAway(error: Error, c: Context): boolean {
  return (error as { code?: string }).code === 'ECONNRESET' || c.req.raw.signal.aborted;
}

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json({ error: { code: 'not_found', message: 'No such resource' }, requestId: requestIdOf(c) }, 404);

function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? 'unknown';
}
