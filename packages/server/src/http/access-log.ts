import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';

/** Logs path without query: queries carry tokens. No client address is logged. */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId' as never),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}
