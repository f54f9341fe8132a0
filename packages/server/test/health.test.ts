import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngine } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('health, OpenAPI and errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('reports storage and mail transport', async () => {
    const response = await server.api('/v1/health');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.storage, { engine: testEngine, ok: true });
    assert.equal(body.mail.transport, 'smtp');
    assert.equal(body.mail.ok, true, 'the SMTP server answers');
    assert.deepEqual(body.mail.queue, { backlog: 0, oldestSeconds: 0, failedToday: 0 });
  });

  it('keeps liveness (no I/O) apart from readiness (the database)', async () => {
    const live = await server.api('/v1/health/live');
    assert.equal(live.status, 200);
    assert.deepEqual(await live.json(), { status: 'ok' });
    const ready = await server.api('/v1/health/ready');
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ok' });
    assert.equal(ready.headers.get('cache-control'), 'no-store');
  });

  it('publishes OpenAPI 3.1 generated from the contracts', async () => {
    const response = await server.api('/openapi.json');
    assert.equal(response.status, 200);
    const doc = await response.json();
    assert.equal(doc.openapi, '3.1.0');
    const subscribe = doc.paths['/api/v1/newsletter/subscriptions'].post;
    const schema = subscribe.requestBody.content['application/json'].schema;
    assert.deepEqual([...schema.required].sort(), ['consent', 'email', 'language', 'topics']);
    assert.deepEqual(schema.properties.topics.items.enum, ['employers', 'skilled-workers', 'events', 'legal-changes']);
    assert.ok(doc.paths['/api/v1/newsletter/confirm'].get.parameters.some((p: { name: string }) => p.name === 'token'));
    assert.ok(doc.paths['/api/v1/health'].get);
  });

  it('answers unknown API paths with the error envelope', async () => {
    const response = await server.api('/v1/nothing-here');
    assert.equal(response.status, 404);
    const body = await response.json();
    assert.equal(body.error.code, 'not_found');
    assert.equal(typeof body.requestId, 'string');
  });

  it('serves the demo page', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /welcome-newsletter-signup/);
  });
});
