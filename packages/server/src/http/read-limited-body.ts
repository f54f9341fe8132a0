import type { Context } from 'hono';
import { HttpError } from './api-error.js';

/**
 * Reads a request body as a stream and stops at `maxBytes`, so a body without end (chunked, no
 * Content-Length) costs at most `maxBytes` of memory and is refused while it is still arriving.
 * A declared Content-Length above the limit is refused before a byte of the body is read.
 */
export async function readLimitedBody(c: Context, maxBytes: number, tooLargeMessage: string): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(tooLargeMessage);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();

  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // Not reader.cancel(): on Node it destroys the request's socket, and the 413 would never leave.
    if (total > maxBytes) throw payloadTooLarge(tooLargeMessage);
    chunks.push(value);
  }
  return concat(chunks, total);
}

/**
 * 413 with `Connection: close`: Node's HTTP server then ends the connection once the answer is
 * written, instead of keeping it open for another request and so reading the rest of the body
 * it refuses.
 */
function payloadTooLarge(message: string): HttpError {
  return new HttpError(413, 'payload_too_large', message, undefined, { Connection: 'close' });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
