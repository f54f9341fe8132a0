import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { encodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import { quickcheckCases } from '../packages/domain/test/quickcheck-cases.js';
import { freePort, type TestServer } from '../packages/server/test/support/test-server.js';
import { axeViolations } from './axe-check.js';
import { watch } from './browser.js';
import { STRICT, TRUSTED_TYPES } from './partner-policies.js';
import { policyViolations, recordPolicyViolations } from './policy-violations.js';
import { serveFolder } from './static-folder.js';

/**
 * A partner's framework app for one `describe`: demo/hosts/<name> built with its own Vite config
 * into a temporary folder and served as plain files on an origin of its own (`localhost`, where
 * the county's test server is `127.0.0.1`), under the strict policy with Trusted Types that
 * docs/embedding.md gives (plus the framework's own policy, `trustedTypes`) for the `county()`
 * origin. Register it before `serverAndBrowser`, whose ALLOWED_ORIGINS need `origin`.
 */
export function viteHost(
  name: 'react' | 'vue',
  county: () => string,
  trustedTypes: string[] = [],
): { readonly origin: string } {
  const live = { origin: '' };
  let server: { close(): Promise<void> } | undefined;
  let outDir = '';
  before(async () => {
    const root = fileURLToPath(new URL(`../demo/hosts/${name}/`, import.meta.url));
    outDir = mkdtempSync(join(tmpdir(), `welcome-${name}-host-`));
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir } });
    const port = await freePort();
    server = await serveFolder(outDir, port, () => ({
      'Content-Security-Policy': `${STRICT(county(), county())}; ${TRUSTED_TYPES(...trustedTypes)}`,
    }));
    live.origin = `http://localhost:${port}`;
  });
  after(async () => {
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  return live;
}

/** A reference case whose result has pathways, for both apps' quickcheck. */
const economist = quickcheckCases().find((c) => c.name.startsWith('Indian economist'))!;

/**
 * Opens the host app as a visitor in Berlin, pointed at the county's test server, with the
 * quickcheck on the economist's shared result; `finish()` checks what every host must hold: no
 * requests to third parties, nothing refused by the page's policy, axe-clean, no console errors.
 */
export async function openHostApp(
  live: { server: TestServer; browser: Browser },
  host: { readonly origin: string },
): Promise<{ page: Page; context: BrowserContext; finish(): Promise<void> }> {
  const context = await live.browser.newContext({
    viewport: { width: 1024, height: 900 },
    timezoneId: 'Europe/Berlin',
  });
  await recordPolicyViolations(context);
  const page = await context.newPage();
  const { requests, problems } = watch(page);
  const api = encodeURIComponent(`${live.server.url}/api`);
  await page.goto(`${host.origin}/?api=${api}#${encodeAnswers(economist.profile as Answers)}`);
  return {
    page,
    context,
    async finish() {
      const elsewhere = requests.filter((url) => !url.startsWith(host.origin) && !url.startsWith(live.server.url));
      assert.deepEqual(elsewhere, [], 'requests go to the partner and the county only');
      assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
      assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the host page');
      assert.deepEqual(problems, [], 'no errors in the console');
      await context.close();
    },
  };
}
