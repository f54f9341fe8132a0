import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { axeViolations } from './axe-check.js';
import { serverAndBrowser, watch } from './browser.js';
import { STRICT } from './partner-policies.js';
import { partnerHost } from './partner-host.js';
import { policyViolations, recordPolicyViolations } from './policy-violations.js';

/** A CMS on its own origin: no Trusted Types (editors' blocks are HTML strings), framing of its own pages allowed. */
const CMS_POLICY = (county: string) => STRICT(county, county);

/** The question a visitor types and an answer the county's FAQ has for it, in German and English. */
async function searchFinds(faq: Locator | FrameLocator, label: string, question: string): Promise<string> {
  const box = faq.getByLabel(label, { exact: true });
  await box.fill(question);
  const first = faq.locator('.results button.question').first();
  await first.waitFor();
  return (await first.textContent())?.trim() ?? '';
}

describe('widgets on a CMS page: innerHTML, moves, shadow roots, iframes, attributes changed later', () => {
  const cms = partnerHost(() => live.server.url, CMS_POLICY);
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: cms.origin }));

  async function openCms(browser: Browser): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
    await recordPolicyViolations(context);
    const page = await context.newPage();
    // Each step takes a second or two; a broken one should fail soon, not after 30 s.
    page.setDefaultTimeout(10_000);
    const { problems } = watch(page);
    await page.goto(`${cms.origin}/cms.html`);
    return {
      page,
      problems,
      async close() {
        assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
        await context.close();
      },
    };
  }

  it('an FAQ block inserted by innerHTML works, and still works once after a move and after remove and restore', async () => {
    const { page, problems, close } = await openCms(live.browser);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const searchBoxes = page.getByLabel('Ihre Frage', { exact: true });

    await button('Insert FAQ block').click();
    const faq = page.locator('#content welcome-faq-search');
    assert.match(await searchFinds(faq, 'Ihre Frage', 'Blaue Karte'), /Blaue Karte/);

    await button('Move FAQ block to the sidebar').click();
    const moved = page.locator('#sidebar welcome-faq-search');
    assert.match(await searchFinds(moved, 'Ihre Frage', 'Chancenkarte'), /Chancenkarte/);
    assert.equal(await searchBoxes.count(), 1, 'one search box after the move, no second copy');
    assert.equal(await moved.locator('form, [role=search]').count(), 1, 'the widget rendered itself once');

    await button('Remove FAQ block').click();
    assert.equal(await searchBoxes.count(), 0, 'gone from the page');
    await button('Restore FAQ block').click();
    const restored = page.locator('#content welcome-faq-search');
    assert.match(await searchFinds(restored, 'Ihre Frage', 'Blaue Karte'), /Blaue Karte/);
    assert.equal(await searchBoxes.count(), 1, 'one search box after restoring');

    await page.waitForLoadState('networkidle');
    assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the CMS page');
    assert.deepEqual(problems, [], 'no errors in the console');
    await close();
  });

  it('a widget in the CMS component’s shadow root and one in a same-origin iframe load and work', async () => {
    const { page, problems, close } = await openCms(live.browser);

    // Only the CMS component's shadow root holds this tag: the autoloader must look inside it.
    const quickcheck = page.locator('cms-teaser welcome-quickcheck');
    await quickcheck.getByRole('combobox').fill('Indien');
    await quickcheck.getByRole('option', { name: 'Indien', exact: true }).click();
    await quickcheck.getByRole('button', { name: 'Weiter' }).click();
    await quickcheck.getByRole('radio').first().waitFor();

    const framed = page.frameLocator('iframe[title="Häufige Fragen"]').locator('welcome-faq-search');
    assert.match(await searchFinds(framed, 'Your question', 'Blue Card'), /Blue Card/);

    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, [], 'no errors in the console');
    await close();
  });

  it('attributes the CMS changes on live widgets take effect: lang, topic, metric', async () => {
    const { page, problems, close } = await openCms(live.browser);
    const button = (name: string) => page.getByRole('button', { name, exact: true });

    await button('Insert FAQ block').click();
    const faq = page.locator('#content welcome-faq-search');
    await faq.getByLabel('Ihre Frage', { exact: true }).waitFor();
    await button('FAQ block in English').click();
    assert.match(await searchFinds(faq, 'Your question', 'Blue Card'), /Blue Card/);
    assert.equal(await faq.getByLabel('Ihre Frage', { exact: true }).count(), 0, 'no German label left');

    const topic = page.locator('welcome-appointment-picker .fixed-topic');
    await topic.getByText('Visum und Aufenthaltstitel zum Arbeiten').waitFor();
    await button('Consultation on recognition').click();
    await topic.getByText('Anerkennung ausländischer Berufsabschlüsse').waitFor();

    const title = page.locator('welcome-dashboard-tile .title');
    await title.getByText('Ausländische Einwohnerinnen und Einwohner', { exact: true }).waitFor();
    await button('Figure: top nationalities').click();
    await title.getByText('Die zehn häufigsten Staatsangehörigkeiten', { exact: true }).waitFor();

    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, [], 'no errors in the console');
    await close();
  });
});
