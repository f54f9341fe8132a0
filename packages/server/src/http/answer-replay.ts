import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger.js';

/**
 * Prebuilt answers (FAQ lists, dashboard figures, topics) replayed by the Node listener before the
 * request reaches Hono: the whole answer, as the app last sent it for that URL, with its security,
 * CORS and caching headers, written in one call. Hono, our middleware and @hono/node-server's
 * Request/Response conversion cost about four times what writing the bytes costs: a 1.3 kB
 * figures answer ran at 0.27× a bare Hono hello-world, the same bytes written here at 0.7×.
 *
 * Nothing is decided here that the app did not decide: an answer is replayed only to a request
 * that the recorded one stands for, as an HTTP cache would judge it:
 * - the same method (GET) and URL, and the same values of every request header the answer's
 *   `Vary` names (Accept-Encoding, Origin: so CORS headers and the coding are the app's own);
 * - no `If-None-Match` (revalidation goes through the app, which answers 304);
 * - while the route says the answer is current (`isCurrent`: content version and rebuilds).
 * Per request only the request id is new (the client's own when valid, as hono's requestId does)
 * and the access log line is written as the app writes it. Errors fall through to the app.
 */
export interface ReplayableAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
  /** False once content changed, the answer was rebuilt, or it is due for a check. */
  isCurrent: () => boolean;
}

interface Replay {
  /** Lower-case names of the request headers the answer varies on, and their recorded values. */
  vary: Array<[name: string, value: string | undefined]>;
  /** Response headers as name, value, name, value… without the request id. */
  headers: string[];
  body: Uint8Array;
  status: number;
  isCurrent: () => boolean;
}

/** Header values whose request id a client may choose (hono's requestId: word characters, `-`, `=`; at most 255). */
const CLIENT_REQUEST_ID = /^[\w\-=]{1,255}$/;

export class AnswerReplay {
  private readonly byUrl = new Map<string, Replay[]>();
  private entries = 0;
  private replayed = 0;

  /**
   * `maxEntries` bounds memory whatever URLs and header values clients send: past it the memo is
   * emptied and fills again with what is asked for.
   */
  constructor(private readonly options: { logger: Logger; maxEntries?: number }) {}

  /** How many answers are remembered and how many requests were answered from them. */
  stats(): { entries: number; replayed: number } {
    return { entries: this.entries, replayed: this.replayed };
  }

  /** Remembers the app's answer to `request` (a GET without `If-None-Match`). */
  remember(request: Request, answer: ReplayableAnswer): void {
    if (request.method !== 'GET' || request.headers.has('if-none-match')) return;
    const varyHeader = answer.headers.get('vary') ?? '';
    if (varyHeader.includes('*')) return;
    const names = varyHeader
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const url = new URL(request.url);
    const key = url.pathname + url.search;
    const headers: string[] = [];
    answer.headers.forEach((value, name) => {
      if (name !== 'x-request-id') headers.push(name, value);
    });
    const replay: Replay = {
      vary: names.map((name) => [name, request.headers.get(name) ?? undefined]),
      headers,
      body: answer.body,
      status: answer.status,
      isCurrent: answer.isCurrent,
    };
    if (this.entries >= (this.options.maxEntries ?? 1000)) {
      this.byUrl.clear();
      this.entries = 0;
    }
    const known = (this.byUrl.get(key) ?? []).filter((other) => !sameVariant(other, replay.vary) && other.isCurrent());
    this.entries += known.length + 1 - (this.byUrl.get(key)?.length ?? 0);
    this.byUrl.set(key, [...known, replay]);
  }

  /** Answers from memory when it may; false hands the request to the app. */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' || request.url === undefined || request.headers['if-none-match'] !== undefined)
      return false;
    const started = performance.now();
    const replay = this.byUrl.get(request.url)?.find((candidate) => matches(candidate, request));
    if (!replay) return false;
    if (!replay.isCurrent()) {
      this.forget(request.url, replay);
      return false;
    }
    const offered = request.headers['x-request-id'];
    const requestId = typeof offered === 'string' && CLIENT_REQUEST_ID.test(offered) ? offered : randomUUID();
    response.writeHead(replay.status, [...replay.headers, 'x-request-id', requestId]);
    response.end(replay.body);
    this.replayed++;
    this.options.logger.info('request', {
      requestId,
      method: 'GET',
      path: request.url.split('?', 1)[0],
      status: replay.status,
      ms: Math.round(performance.now() - started),
      replayed: true,
    });
    return true;
  }

  private forget(url: string, replay: Replay): void {
    const rest = (this.byUrl.get(url) ?? []).filter((other) => other !== replay);
    this.entries -= 1;
    if (rest.length) this.byUrl.set(url, rest);
    else this.byUrl.delete(url);
  }
}

function matches(replay: Replay, request: IncomingMessage): boolean {
  for (const [name, value] of replay.vary) if (headerValue(request, name) !== value) return false;
  return true;
}

function sameVariant(replay: Replay, vary: Replay['vary']): boolean {
  return (
    replay.vary.length === vary.length &&
    replay.vary.every(([name, value], i) => vary[i]![0] === name && vary[i]![1] === value)
  );
}

/** Node joins repeated headers with `, ` as the Fetch API's Headers does; arrays only for Set-Cookie. */
function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
