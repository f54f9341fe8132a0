import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Route } from 'playwright-core';
import { serverAndBrowser, watch } from './browser.js';

/**
 * The quickcheck's first view carries the first question only; the other questions, the rules
 * and the result come in a chunk of their own (packages/quickcheck/src/later/). On the built
 * bundle, in Chromium: it is fetched while the first question is on screen, and a lost fetch
 * gives the error with "Try again", which fetches it again (Chromium does not keep the failure).
 */
describe('the quickcheck’s later chunk, on the built bundle', () => {
  const live = serverAndBrowser();

  it('loads while the first question is on screen; a failed fetch gives "Try again", which recovers, answers kept', async () => {
    const page = await live.browser.newPage();
    const { problems } = watch(page);
    let failing = true;
    const fetched: string[] = [];
    await page.route(/\/chunks\/later-chunk-[^/]+\.js$/, (route: Route) => {
      fetched.push(route.request().url());
      return failing ? route.abort('internetdisconnected') : route.continue();
    });
    await page.goto(`${live.server.url}/`);
    const quickcheck = page.locator('welcome-quickcheck');
    await quickcheck.locator('form[data-question=citizenship]').waitFor();
    for (let i = 0; i < 50 && fetched.length === 0; i++) await page.waitForTimeout(100);
    assert.equal(fetched.length, 1, 'fetched once, while the first question is on screen');

    await quickcheck.locator('#q-input').fill('Vietn');
    await quickcheck.locator('#country-VN').click();
    await quickcheck.getByRole('button', { name: 'Weiter' }).click();
    const alert = quickcheck.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Keine Verbindung zum Server.*Ihre Angaben bleiben erhalten/s);
    assert.equal(fetched.length, 2, 'needed now: fetched again');

    failing = false;
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await quickcheck.locator('form[data-question=jobOffer]').waitFor();
    const display = await quickcheck.locator('.options').evaluate((options) => getComputedStyle(options).display);
    assert.equal(display, 'grid', 'the later styles joined the shadow root under the page’s strict policy');
    await quickcheck.getByRole('button', { name: 'Zurück' }).click();
    assert.equal(await quickcheck.locator('#q-input').inputValue(), 'Vietnam', 'the answer given before the failure');
    assert.deepEqual(
      problems.filter((problem) => !problem.startsWith('Failed to load resource')),
      [],
      'nothing uncaught: the failed import is handled',
    );
    await page.close();
  });
});
