import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
import { ApiClient } from '../src/api/api-client.js';
import { ApiError } from '../src/api/api-error.js';
import { FaqResponseCheck, HealthResponse } from '@welcome-widgets/domain';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the request to fail');
}

describe('ApiClient against the real server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: '*' });
  });
  after(() => server.close());

  it('returns data that passed its contract', async () => {
    const client = new ApiClient({ baseUrl: `${server.url}/api` });
    const health = await client.get('/v1/health', HealthResponse);
    assert.equal(health.status, 'ok');
  });

  it('turns an answer that breaks the contract into invalid-response', async () => {
    const client = new ApiClient({ baseUrl: `${server.url}/api` });
    const error = await failure(client.get('v1/health', z.object({ entries: z.array(z.string()) })));
    assert.equal(error.kind, 'invalid-response');
  });

  it('takes the checks generated from the contracts as it takes zod schemas (the widgets ship no zod)', async () => {
    const client = new ApiClient({ baseUrl: `${server.url}/api` });
    const faq = await client.get('v1/faq', FaqResponseCheck, { searchParams: { lang: 'uk' } });
    assert.equal(faq.language, 'uk');
    assert.ok(faq.entries.length > 0 && faq.entries.every((entry) => typeof entry.outdated === 'boolean'));
    const error = await failure(client.get('v1/health', FaqResponseCheck));
    assert.equal(error.kind, 'invalid-response');
  });

  it('reads the field codes of a 422', async () => {
    const client = new ApiClient({ baseUrl: `${server.url}/api` });
    const error = await failure(
      client.post('v1/newsletter/subscriptions', { email: 'nope', topics: [], consent: false }, z.object({})),
    );
    assert.equal(error.status, 422);
    assert.equal(error.fieldCodes.email, 'invalid');
    assert.equal(error.fieldCodes.consent, 'required');
    assert.ok(error.body?.requestId);
  });

  it('reads a 404 with its envelope and sends no cookies', async () => {
    const seen: RequestInit[] = [];
    const client = new ApiClient({
      baseUrl: `${server.url}/api`,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? { credentials: input.credentials } : (init ?? {}));
        return fetch(input, init);
      },
    });
    const error = await failure(client.get('v1/no-such-thing', z.object({})));
    assert.equal(error.status, 404);
    assert.equal(seen[0]!.credentials, 'omit');
  });
});

describe('ApiClient against what a real server cannot easily be made to send', () => {
  let odd: Server;
  let base: string;
  let calls = 0;
  before(async () => {
    odd = createServer((request, response) => {
      calls++;
      if (request.url?.startsWith('/api/html')) {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      } else if (request.url?.startsWith('/api/flaky')) {
        // Fails twice with 503, then answers: GETs are retried.
        if (calls % 3 !== 0) response.writeHead(503).end();
        else response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (request.url?.startsWith('/api/limited')) {
        response
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '90' })
          .end('{"error":{"code":"rate-limited","message":"slow down"},"requestId":"x"}');
      } else if (request.url?.startsWith('/api/slow')) {
        setTimeout(() => response.writeHead(200).end('{}'), 2_000);
      } else {
        response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
      }
    });
    await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', resolve));
    const { port } = odd.address() as { port: number };
    base = `http://127.0.0.1:${port}/api`;
  });
  after(() => new Promise<void>((resolve) => odd.close(() => resolve())));

  it('calls an HTML page where JSON was expected invalid-response', async () => {
    const error = await failure(new ApiClient({ baseUrl: base }).get('html', z.object({})));
    assert.equal(error.kind, 'invalid-response');
  });

  it('retries a GET through passing 503s', async () => {
    calls = 0;
    const answer = await new ApiClient({ baseUrl: base }).get('flaky', z.object({ status: z.string() }));
    assert.equal(answer.status, 'ok');
    assert.equal(calls, 3);
  });

  it('tells how long a rate limit lasts', async () => {
    const error = await failure(new ApiClient({ baseUrl: base, retries: 0 }).post('limited', {}, z.object({})));
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterSeconds, 90);
    assert.equal(error.code, 'rate-limited');
  });

  it('gives up on a silent server after its timeout', async () => {
    const error = await failure(new ApiClient({ baseUrl: base, timeoutMs: 200, retries: 0 }).get('slow', z.object({})));
    assert.equal(error.kind, 'timeout');
  });

  it('calls a 500 without an envelope an http error with its status', async () => {
    const error = await failure(new ApiClient({ baseUrl: base, retries: 0 }).get('broken', z.object({})));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.body, undefined);
  });

  it('calls a refused connection a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(
      new ApiClient({ baseUrl: `http://127.0.0.1:${port}/api`, retries: 0 }).get('x', z.object({})),
    );
    assert.equal(error.kind, 'network');
  });
});
