import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** How long a connection that is to be closed stays open after its answer has been sent. */
export const LINGER_MS = 1000;

/**
 * An answer that closes the connection (`Connection: close`) while the client may still be
 * sending a body, delivered so that the client can read it: a "lingering close" (RFC 9112, 9.6).
 * Node closes such a connection as soon as the answer is written; with unread body bytes still
 * on the wire, the client then gets a reset, and many clients drop the answer they had already
 * received. So the whole answer is sent at once, with its Content-Length (the client needs
 * nothing more), but the response ends, and Node closes the connection, only when the client
 * has closed it or LINGER_MS later. Meanwhile nothing more of the body is read.
 */
export async function closeAfterAnswer(c: Context, response: Response): Promise<Response> {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  if (!socket || socket.destroyed) return response;

  const answer = new Uint8Array(await response.arrayBuffer());
  const clientGone = new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      socket.off('close', done);
      socket.off('end', done);
      resolve();
    };
    const timer = setTimeout(done, LINGER_MS);
    timer.unref();
    socket.once('close', done);
    socket.once('end', done);
  });
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(answer);
      await clientGone;
      try {
        controller.close();
      } catch {
        // The server already cancelled the stream because the connection closed: nothing to end.
      }
    },
  });
  const headers = new Headers(response.headers);
  headers.set('Content-Length', String(answer.byteLength));
  return new Response(body, { status: response.status, headers });
}
