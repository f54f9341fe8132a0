import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NEWSLETTER_CONSENT_VERSION, APPOINTMENT_CONSENT_VERSION } from '@welcome-widgets/domain';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { quickcheckCases } from '../../domain/test/quickcheck-cases.js';
import { bookAndHold, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/** Monday 30 March 2026: the fixture's consultants have slots in the week after. */
const NOW = new Date('2026-03-20T10:00:00Z');

interface Answer {
  /** The OpenAPI path and method the answer is typed by. */
  path: string;
  method: 'get' | 'post' | 'put' | 'delete';
  status: number;
  body: unknown;
}

/**
 * What a partner does with the document: generate a client's types with openapi-typescript, then
 * compile code that assigns the server's real answers to them. An answer the document does not
 * describe (a missing or extra property, a wrong type) is a compile error.
 */
async function typeErrors(document: object, answers: Answer[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-openapi-client-'));
  try {
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(document as never)));
    const lines = answers.map(
      ({ path, method, status, body }, index) =>
        `export const answer${index}: paths[${JSON.stringify(path)}][${JSON.stringify(method)}]['responses'][${status}]['content']['application/json'] = ${JSON.stringify(body)};`,
    );
    writeFileSync(join(dir, 'answers.ts'), [`import type { paths } from './api.js';`, ...lines].join('\n'));
    const program = ts.createProgram([join(dir, 'answers.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      skipLibCheck: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 600));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a client generated from the OpenAPI document', () => {
  let server: TestServer;
  let document: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const answers: Answer[] = [];

  /** Calls the server and keeps its JSON answer, typed by the operation it belongs to. */
  async function call(method: Answer['method'], path: string, url: string, init: RequestInit = {}) {
    const response = await server.api(url, { ...init, method: method.toUpperCase() });
    const body = await response.json();
    answers.push({ path, method, status: response.status, body });
    return { status: response.status, body: body as Record<string, unknown> };
  }

  before(async () => {
    server = await startTestServer({ APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) }, { now: () => NOW });
    document = await (await server.api('/openapi.json')).json();

    const economist = quickcheckCases().find((c) => c.name.startsWith('Indian economist'))!.profile;
    assert.equal(
      (await call('post', '/api/v1/quickcheck/evaluate', '/v1/quickcheck/evaluate', postJson(economist))).status,
      200,
    );
    assert.equal((await call('get', '/api/v1/quickcheck', '/v1/quickcheck?lang=en')).status, 200);
    assert.equal((await call('get', '/api/v1/appointments/topics', '/v1/appointments/topics?lang=en')).status, 200);
    const slots = await call(
      'get',
      '/api/v1/appointments/slots',
      '/v1/appointments/slots?topic=recognition&from=2026-03-30&to=2026-04-05',
    );
    assert.equal(slots.status, 200);
    const [slot] = slots.body.slots as { start: string }[];
    assert.ok(slot, 'a free slot');
    const { held, id, token } = await bookAndHold(server, {
      topic: 'recognition',
      start: slot.start,
      name: 'Priya Raman',
      email: 'priya.raman@example.org',
      language: 'en',
      consent: true,
      consentVersion: APPOINTMENT_CONSENT_VERSION,
      timeZone: 'Asia/Kolkata',
      mailLanguage: 'en',
    });
    answers.push({ path: '/api/v1/appointments', method: 'post', status: 201, body: held });
    assert.equal((await call('get', '/api/v1/appointments/{id}', `/v1/appointments/${id}?token=${token}`)).status, 200);
    const confirm = postJson({ token });
    assert.equal(
      (await call('post', '/api/v1/appointments/{id}/confirm', `/v1/appointments/${id}/confirm`, confirm)).status,
      200,
    );
    assert.equal((await call('get', '/api/v1/faq', '/v1/faq?lang=en')).status, 200);
    assert.equal((await call('get', '/api/v1/faq', '/v1/faq?lang=en&q=visa')).status, 200);
    assert.equal((await call('get', '/api/v1/dashboard/metrics', '/v1/dashboard/metrics?lang=en')).status, 200);
    assert.equal(
      (await call('get', '/api/v1/dashboard/metrics/{id}', '/v1/dashboard/metrics/foreign-residents?lang=en')).status,
      200,
    );
    const subscription = postJson({
      email: 'reader@example.org',
      topics: ['events'],
      language: 'en',
      consent: true,
      consentVersion: NEWSLETTER_CONSENT_VERSION,
    });
    assert.equal(
      (await call('post', '/api/v1/newsletter/subscriptions', '/v1/newsletter/subscriptions', subscription)).status,
      202,
    );
    assert.equal(
      (await call('get', '/api/v1/appointments/slots', '/v1/appointments/slots?topic=recognition')).status,
      422,
    );
    assert.equal(
      (await call('get', '/api/v1/appointments/{id}', `/v1/appointments/${'B'.repeat(22)}?token=${token}`)).status,
      404,
    );
    const health = await call('get', '/api/v1/health', '/v1/health');
    assert.ok([200, 503].includes(health.status));
    assert.equal((await call('get', '/api/v1/health/ready', '/v1/health/ready')).status, 200);
  });
  after(() => server.close());

  it("type-checks against the server's real answers", async () => {
    assert.deepEqual(await typeErrors(document, answers), []);
  });

  it('does not when the document is wrong: a property of the wrong type fails to compile', async () => {
    const wrong = structuredClone(document);
    const held = wrong.paths['/api/v1/appointments']!.post!.responses['201'] as {
      content: { 'application/json': { schema: { properties: Record<string, unknown> } } };
    };
    held.content['application/json'].schema.properties.start = { type: 'number' };
    const errors = await typeErrors(wrong, answers);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /not assignable to type 'number'/);
  });
});
