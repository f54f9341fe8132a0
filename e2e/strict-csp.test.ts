import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { serverAndBrowser, watch } from './browser.js';
import { partnerHost } from './partner-host.js';
import { STRICT, TRUSTED_TYPES } from './partner-policies.js';
import { policyViolations, recordPolicyViolations } from './policy-violations.js';

const POLICIES: Record<string, (widgets: string, api: string) => string> = {
  strict: STRICT,
  'trusted-types': (widgets, api) => `${STRICT(widgets, api)}; ${TRUSTED_TYPES()}`,
  // A partner who copied half the lines: Lit's policy allowed, the FAQ's not.
  'without-welcome-widgets': (widgets, api) =>
    `${STRICT(widgets, api)}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

/** A person's first steps in each widget: every template, sheet and sink a first visit reaches. */
async function useEveryWidget(page: Page, email: string): Promise<void> {
  const quickcheck = page.locator('welcome-quickcheck');
  await quickcheck.getByText('What is your citizenship?').waitFor();
  await quickcheck.getByRole('combobox').fill('India');
  // The active option's check mark is for the eye only: its name is the country's.
  await quickcheck.getByRole('option', { name: 'India', exact: true }).click();
  await quickcheck.getByRole('button', { name: 'Next' }).click();
  await quickcheck.getByRole('radio').first().waitFor();

  await openFirstAnswer(page);

  const tiles = page.locator('welcome-dashboard welcome-dashboard-tile');
  await tiles.locator('.summary').first().waitFor();
  assert.match((await tiles.locator('.summary').first().textContent()) ?? '', /\d/, 'a tile shows figures');
  // The CSV is a blob: URL made in the page; the policy must not stop the download.
  const download = page.waitForEvent('download');
  await tiles.first().getByRole('button', { name: 'Download the data as CSV' }).click();
  assert.match((await download).suggestedFilename(), /\.csv$/);

  const newsletter = page.locator('welcome-newsletter-signup');
  await newsletter.getByLabel('E-mail address', { exact: true }).fill(email);
  await newsletter.getByLabel('For skilled workers').check();
  await newsletter.getByLabel(/I agree/).check();
  const subscribed = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/newsletter/subscriptions') && response.request().method() === 'POST',
  );
  await newsletter.getByRole('button', { name: 'Subscribe' }).click();
  assert.equal((await subscribed).status(), 202, 'the real server took the subscription');

  const picker = page.locator('welcome-appointment-picker');
  await picker.locator('table[aria-busy=false]').waitFor();
  let day = picker.locator('button.day.has-slots').first();
  for (let month = 0; month < 3 && (await day.count()) === 0; month++) {
    await picker.locator('.month-step').last().click();
    await picker.locator('table[aria-busy=false]').waitFor();
    day = picker.locator('button.day.has-slots').first();
  }
  await day.click();
  await picker.locator('button.slot').first().click();
  await picker.getByLabel('Your name', { exact: true }).waitFor();
}

/** An opened answer is the one place where HTML from the server is parsed (Trusted Types). */
async function openFirstAnswer(page: Page): Promise<string> {
  const faq = page.locator('welcome-faq-search');
  const input = faq.getByLabel('Your question', { exact: true });
  await input.fill('Blue Card');
  await input.press('ArrowDown');
  await input.press('Enter');
  await faq.locator('.answer-body > *').first().waitFor();
  return faq.locator('.answer-body').evaluate((element) => element.innerHTML.replace(/<!--[^>]*-->/g, ''));
}

describe('all five widgets on a partner’s page (another origin) under a strict Content-Security-Policy', () => {
  /**
   * `?policy=` names the policy; `&split` takes the widget files from another origin than the API:
   * the same server under the name localhost, which the browser counts as another origin.
   */
  const widgetOrigin = (county: string, url: URL) =>
    url.searchParams.has('split') ? county.replace('127.0.0.1', 'localhost') : county;
  const policyOf = (county: string, url: URL) =>
    POLICIES[url.searchParams.get('policy') ?? 'strict']!(widgetOrigin(county, url), county);
  const partner = partnerHost(() => live.server.url, policyOf, widgetOrigin);
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: partner.origin }));

  for (const query of ['policy=strict', 'policy=trusted-types', 'policy=trusted-types&split']) {
    it(`${query}: a first visit to every widget, nothing refused, no errors`, async () => {
      const context = await live.browser.newContext({ timezoneId: 'Europe/Berlin' });
      await recordPolicyViolations(context);
      const page = await context.newPage();
      const { requests, problems } = watch(page);
      const url = new URL(`${partner.origin}/strict-csp.html?${query}`);
      const response = await page.goto(url.href);
      const api = live.server.url;
      const widgets = widgetOrigin(api, url);
      assert.equal(response?.headers()['content-security-policy'], policyOf(api, url));

      await useEveryWidget(page, `amira.haddad.${query.replace(/\W+/g, '.')}@example.org`);
      await page.waitForLoadState('networkidle');
      assert.ok(
        requests.some((request) => request.startsWith(`${widgets}/widgets/v1/chunks/`)),
        'the widget files from the widget origin',
      );
      assert.ok(
        requests.some((request) => request.startsWith(`${api}/api/v1/`)),
        'the data from the API origin',
      );

      assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the Content-Security-Policy');
      assert.deepEqual(problems, [], 'no errors in the console');
      await context.close();
    });
  }

  it('a page whose trusted-types forgets welcome-widgets: FAQ answers as plain text, nothing else refused', async () => {
    const context = await live.browser.newContext();
    await recordPolicyViolations(context);
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.goto(`${partner.origin}/strict-csp.html?policy=without-welcome-widgets`);
    const answer = await openFirstAnswer(page);
    assert.match(answer, /^<p>[^<]+<\/p>$/, 'one paragraph of text');

    const refused = await policyViolations(page, problems);
    assert.ok(refused.length > 0, 'the browser names what the page refused');
    for (const violation of refused) assert.match(violation, /trusted-types|TrustedHTML|welcome-widgets/);
    assert.deepEqual(
      problems.filter((problem) => !refused.includes(problem)),
      [],
      'no errors but the refusals',
    );
    await context.close();
  });
});
