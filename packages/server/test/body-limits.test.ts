import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, ErrorEnvelope, NEWSLETTER_CONSENT_VERSION } from '@welcome-widgets/domain';
import { quickcheckCases } from '../../domain/test/quickcheck-cases.js';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026, 11:00 in Berlin; the bookings below are for the Tuesday after. */
const MARCH = new Date('2026-03-20T10:00:00Z');
const ADMIN_TOKEN = 'body-limits-admin-token-for-tests';

/** What an attacker sends: far beyond every limit, generated as it goes, so the test itself holds none of it. */
const UPLOAD_BYTES = 50 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
/** The server may hold its limit (at most 1 MB) and some buffers; the 50 MB must never be in memory. */
const MAX_MEMORY_GROWTH = 30 * 1024 * 1024;

interface Endpoint {
  name: string;
  method: 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  limit: number;
  /** A fresh accepted body for the n-th request (bookings need another slot and address each time). */
  body(n: number): string;
  /** Opens the body that never ends; the rest is the same byte over and over. */
  uploadStart: string;
  uploadByte: string;
}

const json = { 'content-type': 'application/json' };
/** Tuesday 31 March 2026 from 09:00 Berlin (CEST), one bookable hour after another. */
const bookingStarts = ['2026-03-31T07:00:00Z', '2026-03-31T08:00:00Z', '2026-03-31T09:00:00Z'];

const endpoints: Endpoint[] = [
  {
    name: 'quickcheck evaluation',
    method: 'POST',
    path: '/api/v1/quickcheck/evaluate',
    headers: json,
    limit: 128 * 1024,
    body: () => JSON.stringify(quickcheckCases()[0]!.profile),
    uploadStart: '{"padding":"',
    uploadByte: 'x',
  },
  {
    name: 'newsletter subscription',
    method: 'POST',
    path: '/api/v1/newsletter/subscriptions',
    headers: json,
    limit: 16 * 1024,
    body: (n) =>
      JSON.stringify({
        email: `anna.kovalenko.${n}@example.org`,
        topics: ['skilled-workers'],
        language: 'uk',
        consent: true,
        consentVersion: NEWSLETTER_CONSENT_VERSION,
      }),
    uploadStart: '{"email":"',
    uploadByte: 'a',
  },
  {
    name: 'booking',
    method: 'POST',
    path: '/api/v1/appointments',
    headers: json,
    limit: 32 * 1024,
    body: (n) =>
      JSON.stringify({
        topic: 'recognition',
        start: bookingStarts[n]!,
        name: 'Priya Raman',
        email: `priya.raman.${n}@example.org`,
        language: 'en',
        consent: true,
        consentVersion: APPOINTMENT_CONSENT_VERSION,
        timeZone: 'Asia/Kolkata',
        mailLanguage: 'de',
      }),
    uploadStart: '{"message":"',
    uploadByte: 'm',
  },
  {
    name: 'FAQ feedback',
    method: 'POST',
    path: '/api/v1/faq/age-45-rule/feedback',
    headers: json,
    limit: 16 * 1024,
    body: () => JSON.stringify({ helpful: true, language: 'de' }),
    uploadStart: '{"helpful":true,"language":"',
    uploadByte: 'd',
  },
  {
    name: 'dashboard CSV import (admin)',
    method: 'PUT',
    path: '/api/v1/admin/dashboard/metrics/accelerated-procedures/data',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${ADMIN_TOKEN}` },
    limit: 1024 * 1024,
    body: () => 'date,series,value\n2025-03-31,total,53\n',
    uploadStart: 'date,series,value\n2025-03-31,total,',
    uploadByte: '5',
  },
];

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Upload extends Answer {
  /** Bytes the client had sent when the answer came; the whole upload if it came only after the end. */
  sentWhenAnswered: number;
  /** Bytes the client could send in all before the server closed the connection. */
  sent: number;
  /** How far the buffers of this process (the server runs in it) grew during the upload, at most. */
  memoryGrowth: number;
}

async function answerOf(response: IncomingMessage): Promise<Answer> {
  let body = '';
  response.setEncoding('utf8');
  for await (const piece of response) body += piece as string;
  return { status: response.statusCode ?? 0, headers: response.headers, body };
}

function drainedOrClosed(req: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off('drain', done);
      req.off('close', done);
      resolve();
    };
    req.on('drain', done);
    req.on('close', done);
  });
}

/**
 * Sends a chunked body of 50 MB, generated chunk by chunk, and keeps sending after the answer for as
 * long as the server takes it, as an attacker would. A server that answers only at the end gets
 * the whole upload and is measured doing so.
 */
async function uploadWithoutEnd(server: TestServer, endpoint: Endpoint): Promise<Upload> {
  const chunk = Buffer.alloc(CHUNK_BYTES, endpoint.uploadByte);
  // Request bodies arrive as Buffers: their memory is counted in arrayBuffers, not in the JS heap.
  const baseline = process.memoryUsage().arrayBuffers;
  let peak = baseline;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().arrayBuffers));
  const sampler = setInterval(sample, 5);

  const req = request(`${server.url}${endpoint.path}`, {
    method: endpoint.method,
    headers: { ...endpoint.headers, 'transfer-encoding': 'chunked' },
  });
  let sent = 0;
  let sentWhenAnswered: number | undefined;
  let closed = false;
  req.on('close', () => (closed = true));
  const answer = new Promise<Answer>((resolve, reject) => {
    req.once('response', (response: IncomingMessage) => {
      sentWhenAnswered = sent;
      answerOf(response).then(resolve, reject);
    });
    // After the answer, a refused write is the server closing the connection, as it should.
    req.on('error', (error) => (sentWhenAnswered === undefined ? reject(error) : undefined));
  });
  answer.catch(() => undefined);

  try {
    req.write(endpoint.uploadStart);
    while (sent < UPLOAD_BYTES && !closed) {
      const flowing = req.write(chunk);
      sent += CHUNK_BYTES;
      sample();
      if (!flowing) await drainedOrClosed(req);
    }
    if (!closed) req.end();
    const result = await answer;
    return { ...result, sentWhenAnswered: sentWhenAnswered ?? sent, sent, memoryGrowth: peak - baseline };
  } finally {
    clearInterval(sampler);
    req.destroy();
  }
}

/** Sends a body in 1 kB chunks without a Content-Length, the way a streaming client does. */
async function sendChunked(server: TestServer, endpoint: Endpoint, body: string): Promise<Answer> {
  const req = request(`${server.url}${endpoint.path}`, {
    method: endpoint.method,
    headers: { ...endpoint.headers, 'transfer-encoding': 'chunked' },
  });
  const response = once(req, 'response') as Promise<[IncomingMessage]>;
  for (let at = 0; at < body.length; at += 1024) req.write(body.slice(at, at + 1024));
  req.end();
  return answerOf((await response)[0]);
}

/** The body padded with spaces at its end (the same JSON, or a CSV with a blank last line) to exactly `bytes`. */
function paddedTo(body: string, bytes: number): string {
  const padding = ' '.repeat(bytes - Buffer.byteLength(body));
  return body.endsWith('}') ? body.slice(0, -1) + padding + '}' : body + padding;
}

/** Taken in and acted on (2xx), not refused for its size. */
function assertAccepted(answer: { status: number }, body: string) {
  assert.ok(answer.status >= 200 && answer.status < 300, `${answer.status}: ${body}`);
}

function assertPayloadTooLarge(answer: Answer, limit: number) {
  assert.equal(answer.status, 413, answer.body);
  const envelope = ErrorEnvelope.parse(JSON.parse(answer.body));
  assert.equal(envelope.error.code, 'payload_too_large');
  assert.match(envelope.error.message, new RegExp(`must not exceed ${limit} bytes`));
}

const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

describe('request body limits', () => {
  let server: TestServer;
  const used = new Map<Endpoint, number>();
  const nextBody = (endpoint: Endpoint) => {
    const n = used.get(endpoint) ?? 0;
    used.set(endpoint, n + 1);
    return endpoint.body(n);
  };

  before(async () => {
    server = await startTestServer(
      { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), ADMIN_TOKEN },
      { now: () => MARCH },
    );
  });
  after(async () => {
    await server.close();
  });

  for (const endpoint of endpoints) {
    describe(endpoint.name, () => {
      it('accepts a normal body', async () => {
        const response = await fetch(`${server.url}${endpoint.path}`, {
          method: endpoint.method,
          headers: endpoint.headers,
          body: nextBody(endpoint),
        });
        assertAccepted(response, await response.text());
      });

      it('refuses a 50 MB chunked body with 413 while it is still being sent, holding little memory, and closes the connection', async () => {
        const upload = await uploadWithoutEnd(server, endpoint);
        assertPayloadTooLarge(upload, endpoint.limit);
        assert.ok(upload.memoryGrowth < MAX_MEMORY_GROWTH, `memory grew by ${MB(upload.memoryGrowth)}`);
        assert.ok(
          upload.sentWhenAnswered < UPLOAD_BYTES,
          `the 413 came only after the client had sent all ${MB(UPLOAD_BYTES)}`,
        );
        assert.equal(upload.headers.connection, 'close');
        assert.ok(upload.sent < UPLOAD_BYTES, `the server kept taking the refused body: ${MB(upload.sent)}`);
      });

      it('accepts a chunked body of exactly the limit and refuses one byte more with 413', async () => {
        const atLimit = paddedTo(nextBody(endpoint), endpoint.limit);
        assert.equal(Buffer.byteLength(atLimit), endpoint.limit);
        const accepted = await sendChunked(server, endpoint, atLimit);
        assertAccepted(accepted, accepted.body);

        const over = await sendChunked(server, endpoint, paddedTo(nextBody(endpoint), endpoint.limit + 1));
        assertPayloadTooLarge(over, endpoint.limit);
      });

      it('refuses a declared Content-Length over the limit before the body is sent', async () => {
        const req = request(`${server.url}${endpoint.path}`, {
          method: endpoint.method,
          headers: { ...endpoint.headers, 'content-length': String(400 * 1024 * 1024) },
        });
        req.on('error', () => undefined);
        req.flushHeaders();
        const [response] = (await once(req, 'response')) as [IncomingMessage];
        const answer = await answerOf(response);
        req.destroy();
        assertPayloadTooLarge(answer, endpoint.limit);
        assert.equal(answer.headers.connection, 'close');
      });
    });
  }

  it('answers a browser-style streamed upload (fetch) with a complete 413 before the stream ends', async () => {
    const chunk = new Uint8Array(CHUNK_BYTES).fill(0x78);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= UPLOAD_BYTES) return controller.close();
        pulled += CHUNK_BYTES;
        controller.enqueue(chunk);
      },
    });
    const response = await server.api('/v1/quickcheck/evaluate', {
      method: 'POST',
      headers: json,
      body,
      duplex: 'half',
    } as RequestInit);
    assert.ok(pulled < UPLOAD_BYTES, `answered only after the whole ${MB(UPLOAD_BYTES)}`);
    assertPayloadTooLarge({ status: response.status, headers: {}, body: await response.text() }, 128 * 1024);
  });
});

describe('rate limit of quickcheck evaluations', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ RATE_LIMIT_EVALUATIONS: '3' });
  });
  after(async () => {
    await server.close();
  });

  it('answers 429 with Retry-After once an address has asked for RATE_LIMIT_EVALUATIONS evaluations in the window', async () => {
    const evaluate = () => server.api('/v1/quickcheck/evaluate', postJson(quickcheckCases()[0]!.profile));
    for (let i = 0; i < 3; i++) assert.equal((await evaluate()).status, 200);

    const refused = await evaluate();
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 600, `Retry-After: ${refused.headers.get('retry-after')}`);
    assert.equal(ErrorEnvelope.parse(await refused.json()).error.code, 'rate_limited');

    // Reading the questionnaire is not an evaluation: the widget still loads.
    assert.equal((await server.api('/v1/quickcheck?lang=de')).status, 200);
  });
});
