import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Mailer } from '../src/mail/mailer.js';
import type { Storage } from '../src/storage/database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface Document {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operationId: operation.operationId })),
  );

/**
 * The app as createApp builds it, without starting anything: its Hono routes and the document it
 * serves. Routes are only registered here, so storage and mail are never asked.
 */
async function appAndDocument(transport: Mailer['transport']) {
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const app = createApp({
    config: loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1:44000' }),
    storage: {} as Storage,
    mailer: { transport } as Mailer,
    logger: silent,
  });
  const answer = await app.hono.request('/api/openapi.json');
  assert.equal(answer.status, 200);
  return { routes: app.hono.routes, document: (await answer.json()) as Document };
}

describe('the OpenAPI document', () => {
  let server: TestServer;
  let source: string;
  before(async () => {
    server = await startTestServer();
    const answer = await server.api('/openapi.json');
    assert.equal(answer.status, 200);
    source = await answer.text();
  });
  after(() => server.close());

  // Warnings too: "required properties that are not defined" is one, and generators trip over it.
  it("passes Redocly's recommended rules without errors or warnings", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const described = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`,
    );
    assert.equal(problems.length, 0, described.join('\n'));
  });

  it('names every operation with a unique camelCase operationId', () => {
    const operations = operationsOf(JSON.parse(source) as Document);
    assert.ok(operations.length > 20, `${operations.length} operations`);
    for (const { method, path, operationId } of operations) {
      assert.match(operationId ?? '', /^[a-z][a-zA-Z0-9]*$/, `${method} ${path}`);
    }
    const ids = operations.map((o) => o.operationId);
    assert.deepEqual(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      [],
    );
  });

  for (const transport of ['smtp', 'outbox'] as const) {
    it(`lists exactly the API routes the app answers (mail transport ${transport})`, async () => {
      const { routes, document } = await appAndDocument(transport);
      const registered = new Set(
        routes
          // `ALL` entries are middleware (origin policy, headers); the rest of the app is static files.
          .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
          .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
      );
      const documented = new Set(operationsOf(document).map((o) => `${o.method} ${o.path}`));
      assert.deepEqual([...registered].sort(), [...documented].sort());
      const outbox = [...documented].some((operation) => operation.includes('/dev/outbox'));
      assert.equal(outbox, transport === 'outbox', 'the outbox is there exactly when it is mounted');
    });
  }
});
