import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, startWarnings } from '../src/config.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const README = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

/** The policies README promises (lines `Content-Security-Policy: …`), so the documentation cannot drift from the server. */
const documented = [...README.matchAll(/^\s*Content-Security-Policy: (.+)$/gm)].map((match) => match[1]!.trim());
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A built widget file of our own, so these tests need no `npm run build`. */
function widgetsRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'welcome-csp-'));
  mkdirSync(join(root, 'widgets'));
  writeFileSync(join(root, 'widgets', 'welcome-widgets.js'), 'export {};\n');
  return root;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = widgetsRoot();
    server = await startTestServer({ STATIC_ROOT: root });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const policyOf = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${server.url}${path}`, init);
    await response.arrayBuffer();
    return { status: response.status, policy: response.headers.get('content-security-policy') };
  };

  it('README states the two policies, neither allows inline code or eval', () => {
    assert.equal(documented.length, 2, `README names ${documented.length} policies`);
    assert.ok(documented.includes(API_POLICY), 'the API policy');
    const page = documented.find((policy) => policy !== API_POLICY)!;
    for (const policy of documented) assert.doesNotMatch(policy, /unsafe-|\*|https?:/);
    const pageDirectives = directives(page);
    for (const name of ['script-src', 'style-src', 'connect-src'])
      assert.deepEqual(pageDirectives.get(name), ["'self'"], name);
    assert.deepEqual(pageDirectives.get('object-src'), ["'none'"]);
    assert.deepEqual(pageDirectives.get('frame-ancestors'), ["'none'"]);
  });

  it('API answers, their errors and the API description carry the API policy', async () => {
    const pagePolicy = documented.find((policy) => policy !== API_POLICY);
    const answers = [
      await policyOf('/api/v1/quickcheck?lang=de'),
      await policyOf('/api/openapi.json'),
      await policyOf('/api/v1/no-such-thing'),
      await policyOf('/api/v1/quickcheck?audience=alien'),
      await policyOf('/api/v1/quickcheck/evaluate', postJson({ padding: 'x'.repeat(200_000) })),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200, 404, 422, 413],
    );
    for (const answer of answers) assert.equal(answer.policy, API_POLICY);
    assert.notEqual(pagePolicy, API_POLICY);
  });

  it('demo pages, their scripts and styles, widget files and a missing page carry the page policy', async () => {
    const pagePolicy = documented.find((policy) => policy !== API_POLICY);
    for (const [path, status] of [
      ['/', 200],
      ['/partner.html', 200],
      ['/outbox.html', 200],
      ['/demo-header.js', 200],
      ['/demo.css', 200],
      ['/widgets/v1/welcome-widgets.js', 200],
      ['/no-such-page.html', 404],
    ] as const) {
      const answer = await policyOf(path);
      assert.equal(answer.status, status, path);
      assert.equal(answer.policy, pagePolicy, path);
    }
  });
});

describe('DEMO_PAGES=false', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = widgetsRoot();
    server = await startTestServer({ STATIC_ROOT: root, DEMO_PAGES: 'false' });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 404 for every demo page and the dev outbox page, while widget files and the API stay', async () => {
    const status = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      await response.arrayBuffer();
      return response.status;
    };
    for (const path of ['/', '/index.html', '/partner.html', '/einbinden.html', '/outbox.html', '/demo-header.js'])
      assert.equal(await status(path), 404, path);
    assert.equal(await status('/widgets/v1/welcome-widgets.js'), 200);
    assert.equal(await status('/api/v1/quickcheck?lang=de'), 200);
    assert.equal(await status('/api/openapi.json'), 200);
  });

  it('warns at start when links in mails would still point to the switched-off demo pages', () => {
    const warnings = startWarnings(loadConfig({ DEMO_PAGES: 'false', PUBLIC_URL: 'https://welcome.example' }));
    assert.ok(
      warnings.some((w) => w.includes('NEWSLETTER_PAGE_URL') && w.includes('APPOINTMENT_PAGE_URL')),
      warnings.join('\n'),
    );
    const configured = startWarnings(
      loadConfig({
        DEMO_PAGES: 'false',
        PUBLIC_URL: 'https://welcome.example',
        NEWSLETTER_PAGE_URL: 'https://www.landkreis.example/newsletter',
        APPOINTMENT_PAGE_URL: 'https://www.landkreis.example/beratung',
      }),
    );
    assert.ok(!configured.some((w) => w.includes('DEMO_PAGES')), configured.join('\n'));
  });

  it('refuses a value that is neither true nor false', () => {
    assert.throws(() => loadConfig({ DEMO_PAGES: 'perhaps' }), /DEMO_PAGES/);
  });
});
