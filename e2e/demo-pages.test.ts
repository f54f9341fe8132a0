import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page, Response } from 'playwright-core';
import { serverAndBrowser, thirdParty, watch } from './browser.js';
import { policyViolations, recordPolicyViolations } from './policy-violations.js';
import { templateKeys } from '../scripts/literals/message-ids.js';
import { ShortIds, translatedIds } from '../scripts/literals/short-ids.js';

/** Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Every page of the demo, as a visitor opens it: the widgets must be ready and quiet. The partner
 * page has no language switch of its own: its widgets keep English and the Arabic sidebar; the
 * embed configurator is for the county's German-speaking partners.
 */
const PAGES = [
  { path: '/', ready: ['welcome-quickcheck .question', 'welcome-faq-search input', 'welcome-newsletter-signup form'] },
  {
    path: '/partner.html',
    ready: ['welcome-quickcheck .question', 'welcome-newsletter-signup form'],
    ownLanguages: true,
  },
  { path: '/beratung.html', ready: ['welcome-appointment-picker .topics'] },
  { path: '/zahlen.html', ready: ['welcome-dashboard-tile svg, welcome-dashboard-tile table'] },
  { path: '/newsletter.html', ready: ['welcome-newsletter-signup form'] },
  {
    path: '/einbinden.html',
    ready: ['#widget-choice input', '#preview welcome-quickcheck .question'],
    ownLanguages: true,
  },
  { path: '/datenschutz.html', ready: [] },
  // The outbox page needs a server without SMTP: packages/server/test/outbox-page-chromium.test.ts.
];

/** The page itself came with a strict policy: without one, no violation could ever be seen. */
function assertStrictPolicy(response: Response | null): void {
  const policy = response?.headers()['content-security-policy'] ?? '';
  assert.match(policy, /script-src 'self'(;|$)/, `the page's Content-Security-Policy: "${policy}"`);
  assert.match(policy, /style-src 'self'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-/);
  // The HTML and script sinks take Trusted Types only, from Lit's policy and the FAQ's.
  assert.match(policy, /require-trusted-types-for 'script'(;|$)/);
  assert.match(policy, /trusted-types lit-html welcome-widgets(;|$)/);
}

const sidewaysScroll = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

/**
 * Opens every table view, popover and disclosure of every widget (also inside shadow roots), one
 * after the other, and names each one that makes the page scroll sideways: a closed state hides
 * what a visitor meets once they click.
 */
async function widestWithEverythingOpen(page: Page): Promise<string[]> {
  const found: string[] = [];
  const initial = await page.evaluate(sidewaysScroll);
  if (initial > 0) found.push(`as loaded: ${initial}px`);
  const toggles = await page
    .locator('button[aria-expanded="false"], button[aria-pressed="false"], summary')
    .elementHandles();
  for (const toggle of toggles) {
    const name = await toggle.evaluate((element) => {
      const el = element as HTMLElement;
      if (!el.isConnected || el.offsetParent === null) return undefined;
      const expanded = el.getAttribute('aria-expanded') ?? el.getAttribute('aria-pressed');
      if (expanded === 'true') return undefined;
      el.click();
      return `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'} "${el.textContent?.trim().slice(0, 40)}"`;
    });
    if (!name) continue;
    await page.waitForTimeout(150);
    const width = await page.evaluate(sidewaysScroll);
    if (width > 0) found.push(`${name} opened: ${width}px`);
  }
  return found;
}

describe('every demo page, in German on a desktop and in Arabic on a 320 px phone', () => {
  const live = serverAndBrowser();

  it('an Arabic page with one widget downloads that widget’s Arabic strings only', async () => {
    const page = await live.browser.newPage();
    const languageChunks: string[] = [];
    page.on('response', (response) => {
      if (/\/chunks\/ar-[^/]+\.js$/.test(response.url())) languageChunks.push(response.url());
    });
    await page.goto(`${live.server.url}/newsletter.html?lang=ar`);
    await page.locator('welcome-newsletter-signup form').waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(languageChunks.length, 1, 'one Arabic chunk');
    const loaded = await page.evaluate(
      async (url) => Object.keys(((await import(url)) as { templates: object }).templates),
      languageChunks[0]!,
    );
    // The build gives each message a short id (scripts/literals/short-message-ids-plugin.ts).
    const packages = join(import.meta.dirname, '..', 'packages');
    const shortIds = new ShortIds(translatedIds(packages));
    const ids = (name: string) => {
      const file = join(packages, name, 'src/generated/locales/ar.ts');
      return templateKeys(file, readFileSync(file, 'utf8')).map(({ id }) => shortIds.for(id));
    };
    const newsletter = ids('newsletter-signup');
    assert.deepEqual(loaded.toSorted(), newsletter.toSorted(), 'the newsletter’s strings');
    for (const other of ['quickcheck', 'appointment-picker', 'faq-search', 'dashboard']) {
      const own = ids(other).filter((id) => !newsletter.includes(id));
      assert.ok(own.length && !own.some((id) => loaded.includes(id)), `none of ${other}’s own strings`);
    }
    await page.close();
  });

  it('draws the figures in the system’s colours in forced-colours mode (Windows high contrast)', async () => {
    const context = await live.browser.newContext({ forcedColors: 'active', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${live.server.url}/zahlen.html`);
    // Every part the colours are read from, in some tile: the tiles draw one after another.
    for (const selector of ['.summary', '.svg-chart .line', '.svg-chart .point', '.pattern-mark'])
      await page.locator(`welcome-dashboard-tile ${selector}`).first().waitFor({ state: 'attached' });
    // A string, not a function: tsx would wrap named helpers in __name(), unknown in the page.
    const colours = (await page.evaluate(`(() => {
      const tiles = document.querySelector('welcome-dashboard').shadowRoot.querySelectorAll('welcome-dashboard-tile');
      const roots = [...tiles].map((tile) => tile.shadowRoot);
      const style = (selector) => getComputedStyle(roots.map((root) => root.querySelector(selector)).find(Boolean));
      const text = style('.summary').color;
      return { text, line: style('.svg-chart .line').stroke, point: style('.svg-chart .point').fill, mark: style('.pattern-mark').stroke };
    })()`)) as { text: string; line: string; point: string; mark: string };
    assert.notEqual(colours.line, 'rgb(0, 80, 140)', 'not the authored blue');
    assert.deepEqual(colours, { text: colours.text, line: colours.text, point: colours.text, mark: colours.text });
    await context.close();
  });

  for (const { lang, width } of [
    { lang: 'de', width: 1280 },
    { lang: 'ar', width: 320 },
  ]) {
    for (const { path, ready, ownLanguages } of PAGES) {
      it(`${path} (${lang}, ${width} px): axe-clean, no sideways scrolling, no errors, nothing from third parties`, async () => {
        const context = await live.browser.newContext({
          viewport: { width, height: 800 },
          timezoneId: 'Europe/Berlin',
        });
        await recordPolicyViolations(context);
        const page = await context.newPage();
        const { requests, problems } = watch(page);
        const response = await page.goto(`${live.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        assertStrictPolicy(response);
        for (const selector of ready) await page.locator(selector).first().waitFor();
        await page.waitForLoadState('networkidle');

        // One shared header on every page: the navigation names this page, the language menu is there.
        const header = page.locator('demo-header');
        assert.equal(await header.locator('a[aria-current="page"]').getAttribute('href'), path);
        assert.equal(await header.getByLabel('Sprache / Language').inputValue(), lang);

        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations;
        });
        const summary = (violations as AxeViolation[]).map(
          (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
        assert.deepEqual(summary, [], 'axe finds nothing');

        const overflow = await widestWithEverythingOpen(page);
        assert.deepEqual(overflow, [], 'the page never scrolls sideways, whatever is opened');
        if (lang === 'ar' && !ownLanguages) {
          const directions = await page.evaluate(() =>
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('welcome-') && el.shadowRoot)
              .map((el) => el.shadowRoot!.querySelector('[dir]')?.getAttribute('dir')),
          );
          assert.ok(
            directions.every((dir) => dir === 'rtl'),
            `every widget reads right to left: ${directions}`,
          );
        }
        assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
        assert.deepEqual(problems, [], 'no errors in the console');
        assert.deepEqual(thirdParty(requests, live.server.url), [], 'no third-party requests');
        assert.deepEqual(await context.cookies(), [], 'no cookies');
        await context.close();
      });
    }
  }
});

describe('the dev outbox page, on a server without SMTP', () => {
  const live = serverAndBrowser(() => ({ SMTP_URL: '' }));

  it('shows a mail with nothing refused by the Content-Security-Policy', async () => {
    const subscribed = await live.server.api('/v1/newsletter/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'lan.nguyen@example.org',
        topics: ['skilled-workers'],
        language: 'vi',
        consent: true,
      }),
    });
    assert.equal(subscribed.status, 202);
    const context = await live.browser.newContext();
    await recordPolicyViolations(context);
    const page = await context.newPage();
    const { problems } = watch(page);
    const response = await page.goto(`${live.server.url}/outbox.html`);
    assertStrictPolicy(response);
    await page.locator('#mails a[href*="newsletter-confirm="]').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
    assert.deepEqual(problems, [], 'no errors in the console');
    await context.close();
  });
});
