import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { serverAndBrowser, thirdParty, watch } from './browser.js';

describe('newsletter journey on the demo portal, as a person clicks it', () => {
  const live = serverAndBrowser();

  async function openPage(path: string, width = 1024): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const context = await live.browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const { requests, problems } = watch(page);
    await page.goto(`${live.server.url}${path}`);
    return { page, requests, problems };
  }

  it('subscribes, receives the mail, follows the link and is confirmed; no cookies, no third parties', async () => {
    const { page, requests, problems } = await openPage('/');
    const email = 'maria.gonzalez@example.org';
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByLabel('Für Fachkräfte').check();
    await page.getByLabel('Sprache des Newsletters').selectOption('es');
    await page.getByLabel(/Ich bin einverstanden/).check();
    await page.getByRole('button', { name: 'Abonnieren' }).click();
    await page.getByText('Fast geschafft').waitFor();

    const mail = await live.server.sink.next(email);
    assert.match(mail.subject, /suscripción/i, 'the mail is in the chosen language');
    const link = /https?:\/\/\S*newsletter-confirm=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);

    const confirm = await page.context().newPage();
    await confirm.goto(link);
    const outcome = confirm.locator('welcome-newsletter-signup #outcome');
    await outcome.waitFor();
    assert.equal(
      await confirm.locator('welcome-newsletter-signup .root').getAttribute('lang'),
      'es',
      'the page answers in the mail language',
    );
    assert.match((await outcome.textContent()) ?? '', /suscripción/i);
    assert.doesNotMatch(confirm.url(), /newsletter-confirm/, 'the token leaves the address bar');

    const [row] = await live.server.database.rows(
      sql`select status, language from newsletter_subscribers where email = ${email}`,
    );
    assert.deepEqual(row, { status: 'confirmed', language: 'es' });

    assert.deepEqual(await page.context().cookies(), [], 'no cookies');
    assert.equal(
      await page.evaluate(() => localStorage.length + sessionStorage.length),
      0,
      'nothing stored on the device',
    );
    assert.deepEqual(thirdParty(requests, live.server.url), [], 'no third-party requests');
    assert.deepEqual(problems, [], 'no errors in the console');
    await page.context().close();
    await confirm.close();
  });

  it('works on a hostile partner page at 320 px, in Arabic, with the script loaded twice', async () => {
    const { page, problems } = await openPage('/partner.html', 320);
    const widget = page.locator('welcome-newsletter-signup');
    await widget.getByRole('button', { name: 'اشتراك' }).waitFor();
    assert.equal(await widget.locator('.root').getAttribute('dir'), 'rtl');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    const fontSize = await widget.locator('.intro').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 16, `text is ${fontSize}px on a page with html { font-size: 62.5% }`);
    const box = await widget.locator('#email').boundingBox();
    const host = await widget.boundingBox();
    assert.ok(
      box && host && box.x >= host.x - 1 && box.x + box.width <= host.x + host.width + 1,
      'the field stays inside the widget',
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
