import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { WIDGETS_VERSION } from '@welcome-widgets/domain';
import { serverAndBrowser, watch } from './browser.js';
import { partnerHost } from './partner-host.js';
import { policyViolations, recordPolicyViolations } from './policy-violations.js';
import { buildWidgets } from './widgets-build.js';

const OLDER = '0.0.9-test';
/**
 * A partner's strict policy with Trusted Types, as docs/embedding.md gives it, plus
 * 'allow-duplicates': two versions are two copies of Lit, each creating its `lit-html` policy.
 */
const PARTNER_POLICY = (county: string) =>
  `default-src 'self'; script-src 'self' ${county}; style-src 'self'; connect-src ${county}; img-src 'self' data:; ` +
  `require-trusted-types-for 'script'; trusted-types lit-html welcome-widgets 'allow-duplicates'`;
const CURRENT_BUILD = process.env.STATIC_ROOT
  ? join(process.env.STATIC_ROOT, 'widgets')
  : fileURLToPath(new URL('../dist/widgets', import.meta.url));

/** What the page did: the console's warnings, and its errors and anything thrown. */
function consoleOf(page: Page): { warnings: string[]; problems: string[] } {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { warnings, ...watch(page) };
}

async function versionOf(page: Page, tag: string): Promise<string | undefined> {
  return page.evaluate((name) => (customElements.get(name) as { version?: string } | undefined)?.version, tag);
}

/** Both widgets work: the FAQ finds an answer, the tile shows its figure. */
async function bothWork(page: Page): Promise<void> {
  const faq = page.locator('welcome-faq-search');
  await faq.getByLabel('Your question', { exact: true }).fill('Blue Card');
  await faq.locator('.results button.question').first().waitFor();
  const tile = page.locator('welcome-dashboard-tile');
  await tile.locator('.title').getByText('Foreign residents', { exact: true }).waitFor();
  assert.match((await tile.locator('.summary').textContent()) ?? '', /\d/, 'the tile shows a figure');
}

describe('two versions of the widgets on one page', () => {
  let folder = '';
  // Before the server starts: it serves this folder's widgets/, the current build with an older one inside.
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'welcome-two-versions-'));
    await cp(CURRENT_BUILD, join(folder, 'widgets'), { recursive: true });
    await buildWidgets(join(folder, 'widgets', 'older'), {
      version: OLDER,
      withoutTags: ['welcome-dashboard', 'welcome-dashboard-tile'],
    });
  });
  after(() => rm(folder, { recursive: true, force: true }));
  const partner = partnerHost(() => live.server.url, PARTNER_POLICY);
  const live = serverAndBrowser(() => ({ STATIC_ROOT: folder, ALLOWED_ORIGINS: partner.origin }));

  async function open(query: string): Promise<{ page: Page; warnings: string[]; problems: string[] }> {
    const context = await live.browser.newContext();
    await recordPolicyViolations(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const { warnings, problems } = consoleOf(page);
    await page.goto(`${partner.origin}/two-versions.html${query}`);
    return { page, warnings, problems };
  }

  it('an older copy first, the current one second: each tag works, the clash is one warning naming both', async () => {
    const { page, warnings, problems } = await open('?first=/widgets/v1/older/welcome-widgets.js');

    await bothWork(page);
    assert.equal(await versionOf(page, 'welcome-faq-search'), OLDER, 'the FAQ stays with the copy that came first');
    assert.equal(
      await versionOf(page, 'welcome-dashboard-tile'),
      WIDGETS_VERSION,
      'the tile only the newer copy knows',
    );

    await page.waitForLoadState('networkidle');
    assert.equal(warnings.length, 1, `one warning, not: ${warnings.join(' | ')}`);
    assert.ok(warnings[0]!.includes(OLDER) && warnings[0]!.includes(WIDGETS_VERSION), warnings[0]);
    assert.match(warnings[0]!, /welcome-faq-search/);
    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
    assert.deepEqual(problems, [], 'no errors in the console, nothing thrown');
    await page.context().close();
  });

  it('the same version loaded twice: both widgets work, not a word in the console', async () => {
    const { page, warnings, problems } = await open('');

    await bothWork(page);
    assert.equal(await versionOf(page, 'welcome-faq-search'), WIDGETS_VERSION);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(warnings, []);
    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
    assert.deepEqual(problems, [], 'no errors in the console, nothing thrown');
    await page.context().close();
  });
});
