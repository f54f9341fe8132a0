import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { AnswerReplay } from './answer-replay.js';
import { HttpError } from './api-error.js';

/**
 * Read answers that change only with content (FAQ, dashboard figures, quickcheck rule sets,
 * appointment topics) are built once per content version, in every coding, and served from memory.
 * Rebuilding and gzipping the 131 kB German FAQ on every request made it the slowest thing the
 * server did under load (76 requests/s on 2 cores).
 *
 * Caching: the routes keep their `public, max-age=…` (an hour for the quickcheck's rules, five minutes
 * for the FAQ, figures and topics, which staff edit in the console) rather than switching to `no-cache`: a page with a widget then loads without
 * a round trip, and once the time is up the browser revalidates with `If-None-Match` and gets a
 * body-less 304 unless the content changed. Figures change a few times a year, so a round trip on
 * every page view (`no-cache`) would buy five minutes of freshness at the cost of every visitor.
 */

export type Coding = 'br' | 'gzip' | 'identity';

/** One answer in every coding, with a strong ETag per coding (RFC 9110 8.8.3.3: the bytes differ). */
export interface PrebuiltAnswer {
  readonly bodies: Readonly<Record<Coding, Uint8Array>>;
  readonly etags: Readonly<Record<Coding, string>>;
  /** Hash of the identity bytes; the same JSON gives the same answer, compressed once. */
  readonly hash: string;
}

export type ContentVersion = string | number;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compressed with the best settings since it happens once per content change (brotli 11 takes
 * about 0.2 s for the German FAQ, in zlib's thread pool, not on the event loop).
 */
export async function prebuildJson(value: unknown, previous?: PrebuiltAnswer): Promise<PrebuiltAnswer> {
  const identity = Buffer.from(JSON.stringify(value));
  const hash = createHash('sha256').update(identity).digest('base64url');
  if (previous?.hash === hash) return previous;
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(identity, { level: 9 }),
    brotliAsync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
      },
    }),
  ]);
  return {
    hash,
    bodies: { identity, gzip: gzipped, br: brotli },
    etags: { identity: `"${hash}"`, gzip: `"${hash}-gzip"`, br: `"${hash}-br"` },
  };
}

interface Entry {
  version: ContentVersion;
  checkedAt: number;
  answer: Promise<PrebuiltAnswer | undefined>;
  /** The answer once built, for `isCurrent`. */
  built?: PrebuiltAnswer;
}

/**
 * Prebuilt answers by key (e.g. language), each valid for one content version. Keys must come from
 * small closed sets (validated languages, ids that exist): nothing here evicts.
 */
export class PrebuiltAnswers {
  private readonly entries = new Map<string, Entry>();
  private readonly recheckMs: number;
  private readonly clock: () => number;

  /**
   * `recheckMs`: how often an answer is built again in the background, for content that another
   * process may change without this one knowing (a second instance on the same PostgreSQL, the
   * import command line). Only changed bytes are compressed again. Default: never.
   */
  constructor(options: { recheckMs?: number; clock?: () => number } = {}) {
    this.recheckMs = options.recheckMs ?? Infinity;
    this.clock = options.clock ?? Date.now;
  }

  /**
   * The answer `build` makes for `key` at content `version`, built at most once per version
   * (concurrent requests share one build). `build` returning undefined (an unknown id) is not kept.
   */
  get(key: string, version: ContentVersion, build: () => unknown): Promise<PrebuiltAnswer | undefined> {
    const entry = this.entries.get(key);
    if (entry?.version !== version) return this.rebuild(key, version, build, entry?.answer);
    if (this.clock() - entry.checkedAt >= this.recheckMs) this.recheck(key, entry, build);
    return entry.answer;
  }

  /**
   * Whether `answer` is what `get(key, version)` would give now without building or checking:
   * false after a new version, a rebuild with other bytes, or once a check is due.
   */
  isCurrent(key: string, version: ContentVersion, answer: PrebuiltAnswer): boolean {
    const entry = this.entries.get(key);
    return entry?.version === version && entry.built === answer && this.clock() - entry.checkedAt < this.recheckMs;
  }

  private rebuild(
    key: string,
    version: ContentVersion,
    build: () => unknown,
    previous: Promise<PrebuiltAnswer | undefined> | undefined,
  ): Promise<PrebuiltAnswer | undefined> {
    const answer = buildAnswer(build, previous);
    const entry: Entry = { version, checkedAt: this.clock(), answer };
    this.entries.set(key, entry);
    // A failed or empty build is forgotten, so the next request tries again.
    const forget = () => this.entries.get(key) === entry && this.entries.delete(key);
    answer.then((built) => {
      if (built === undefined) forget();
      else if (entry.answer === answer) entry.built = built;
    }, forget);
    return answer;
  }

  /** Keeps serving the current answer while the fresh one is built; a failed check keeps it too. */
  private recheck(key: string, entry: Entry, build: () => unknown): void {
    entry.checkedAt = this.clock();
    const current = entry.answer;
    buildAnswer(build, current).then(
      (fresh) => {
        if (this.entries.get(key) !== entry || entry.answer !== current) return;
        if (fresh === undefined) this.entries.delete(key);
        else {
          entry.answer = Promise.resolve(fresh);
          entry.built = fresh;
        }
      },
      () => undefined,
    );
  }
}

async function buildAnswer(
  build: () => unknown,
  previous: Promise<PrebuiltAnswer | undefined> | undefined,
): Promise<PrebuiltAnswer | undefined> {
  const value = await build();
  if (value === undefined) return undefined;
  return prebuildJson(value, await previous?.catch(() => undefined));
}

/** The bytes a prebuilt answer sent, for `prebuiltAnswers()` further out (see there). */
const PREBUILT = 'prebuiltAnswerBody' as never;
/** While the answer may be replayed without asking the route (see answer-replay.ts). */
const REPLAYABLE_WHILE = 'prebuiltAnswerReplayableWhile' as never;

/**
 * Sends the coding the client prefers (brotli, gzip, else identity) with its ETag, or 304 when
 * `If-None-Match` names the answer. `Vary: Accept-Encoding` tells caches that the bytes differ.
 */
export function servePrebuilt(c: Context, answer: PrebuiltAnswer, cacheControl: string): Response {
  const coding = chooseCoding(c.req.header('accept-encoding'));
  c.header('Vary', 'Accept-Encoding', { append: true });
  c.header('Cache-Control', cacheControl);
  c.header('ETag', answer.etags[coding]);
  if (notModified(c.req.header('if-none-match'), answer)) return c.body(null, 304);
  const body = answer.bodies[coding] as Uint8Array<ArrayBuffer>;
  c.set(PREBUILT, body as never);
  if (coding !== 'identity') c.header('Content-Encoding', coding);
  c.header('Content-Length', String(body.byteLength));
  c.header('Content-Type', 'application/json');
  return c.body(body, 200);
}

export interface PrebuiltRequest {
  key: string;
  /** The content version now; a function when it can change (an import), so a replay can ask again. */
  version: ContentVersion | (() => ContentVersion);
  cacheControl: string;
  notFound?: string;
  /**
   * The answer depends only on the URL, the headers its `Vary` names, and the version: the Node
   * listener may replay it (answer-replay.ts) until the version or the answer changes.
   */
  replay?: boolean;
}

/**
 * Builds (once per version) and serves. When `build` finds nothing (an unknown id), the answer is
 * 404 with `notFound` as the message.
 */
export async function servePrebuiltJson(
  c: Context,
  answers: PrebuiltAnswers,
  request: PrebuiltRequest,
  build: () => unknown,
): Promise<Response> {
  const versionNow = typeof request.version === 'function' ? request.version : () => request.version as ContentVersion;
  const version = versionNow();
  const answer = await answers.get(request.key, version, build);
  if (!answer) throw new HttpError(404, 'not_found', request.notFound ?? 'Not found.');
  if (request.replay) {
    const isCurrent = () => versionNow() === version && answers.isCurrent(request.key, version, answer);
    c.set(REPLAYABLE_WHILE, isCurrent as never);
  }
  return servePrebuilt(c, answer, request.cacheControl);
}

/**
 * A small answer kept in memory (health probes), sent as bytes with its length and never compressed
 * (a few hundred bytes gain nothing; compressing them per request cost more than the route).
 * A 200 may be replayed by the Node listener while `isCurrent` says so; other statuses go through the app.
 */
export function serveBytes(
  c: Context,
  answer: { status: 200 | 503; body: Uint8Array; isCurrent: () => boolean },
): Response {
  const body = answer.body as Uint8Array<ArrayBuffer>;
  c.set(PREBUILT, body as never);
  if (answer.status === 200) c.set(REPLAYABLE_WHILE, answer.isCurrent as never);
  c.header('Content-Length', String(body.byteLength));
  c.header('Content-Type', 'application/json');
  return c.body(body, answer.status);
}

/**
 * Weak comparison, as RFC 9110 13.1.2 prescribes for `If-None-Match`: any coding's tag of the
 * current answer counts (a proxy that decompressed, or compress() marking a tag W/, keeps it valid).
 */
function notModified(header: string | undefined, answer: PrebuiltAnswer): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const current = Object.values(answer.etags);
  return header.split(',').some((tag) => current.includes(tag.trim().replace(/^W\//, '')));
}

/** Browsers send a handful of distinct Accept-Encoding values; more are parsed each time. */
const MAX_REMEMBERED_CODINGS = 64;
const remembered = new Map<string, Coding>();

/** Highest q wins (RFC 9110 12.5.3); brotli before gzip when equal, as it is smaller. */
export function chooseCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  let coding = remembered.get(acceptEncoding);
  if (coding === undefined) {
    coding = parseCoding(acceptEncoding);
    if (remembered.size < MAX_REMEMBERED_CODINGS) remembered.set(acceptEncoding, coding);
  }
  return coding;
}

function parseCoding(acceptEncoding: string): Coding {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : 'identity';
}

/**
 * Wraps the app's `compress()` (mounted outside the API) so it skips prebuilt answers, and sends
 * their bytes as bytes:
 * - compress() already leaves alone what has a Content-Encoding; the identity coding (a client
 *   that accepts neither gzip nor brotli, perhaps only deflate) would otherwise be deflated again
 *   on every request, at a cost the client chooses.
 * - A middleware that sets a header on the finished answer with `c.header()` (or reads `c.res`
 *   before the route, as hono's cors does) makes hono copy the answer into a new Response whose
 *   body is a stream; @hono/node-server then pipes that stream instead of writing the buffer, which
 *   cost the FAQ most of its throughput. Here, outside those middlewares, the answer is rebuilt from
 *   the same bytes and headers (hono's documented way: `c.res = undefined`, then the new one).
 */
export function prebuiltAnswers(compressor: MiddlewareHandler, replay?: AnswerReplay): MiddlewareHandler {
  return async (c, next) => {
    let body: Uint8Array<ArrayBuffer> | undefined;
    let identity = false;
    await compressor(c, async () => {
      await next();
      body = c.get(PREBUILT) as Uint8Array<ArrayBuffer> | undefined;
      identity = body !== undefined && !c.res.headers.has('Content-Encoding');
      if (identity) c.res.headers.set('Content-Encoding', 'identity');
    });
    if (identity) c.res.headers.delete('Content-Encoding');
    // Anything but the route's own 200 (an error further out, a 503 health answer) is left as it is.
    if (!body || c.res.status !== 200) return;
    const { status, headers } = c.res;
    c.res = undefined as never;
    c.res = new Response(c.req.method === 'HEAD' ? null : body, { status, headers });
    const isCurrent = c.get(REPLAYABLE_WHILE) as (() => boolean) | undefined;
    if (replay && isCurrent) replay.remember(c.req.raw, { status, headers, body, isCurrent });
  };
}
