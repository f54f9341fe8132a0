import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** Below this many bytes compression saves less than it costs (hono's compress() default). */
const THRESHOLD = 1024;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:[;\s]|$)/i;
const VARIES_ON_CODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/**
 * hono's compress(), only for answers worth it. Measured with wrk (issue 15), compress() made every
 * small JSON answer (an error, a booking's 201, a probe) three times as expensive: it knows no
 * length for `c.json()` answers, so it gzipped 15 bytes through a CompressionStream, and set `Vary`
 * with `c.header()` after the route, which copies the finished answer into a streamed one that
 * @hono/node-server pipes instead of writing (404: 350–520 requests/s with Accept-Encoding, 1,600 without).
 * Here a JSON answer of unknown length is measured first (its bytes are in memory anyway) and
 * gets its Content-Length; compress() then leaves the small ones alone and gzips the large ones
 * (slots, search results) as before. `Vary` goes onto the answer's own headers for what may be compressed.
 * Prebuilt answers carry their own coding and are not touched (prebuilt-answer.ts).
 */
export function compressLarge(): MiddlewareHandler {
  const compressor = compress({ threshold: THRESHOLD });
  return (c, next) =>
    compressor(c, async () => {
      await next();
      const res = c.res;
      const headers = res.headers;
      if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206 || res.status === 304) return;
      if (headers.has('Content-Encoding') || headers.has('Transfer-Encoding')) return;
      if (!headers.has('Content-Length') && JSON_TYPE.test(headers.get('Content-Type') ?? '')) {
        const bytes = new Uint8Array(await res.arrayBuffer());
        headers.set('Content-Length', String(bytes.byteLength));
        c.res = undefined as never;
        c.res = new Response(bytes, { status: res.status, headers });
      }
      const length = Number(headers.get('Content-Length') ?? Infinity);
      const vary = headers.get('Vary');
      if (length >= THRESHOLD && vary !== '*' && !VARIES_ON_CODING.test(vary ?? ''))
        headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    });
}
