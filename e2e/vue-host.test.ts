import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeAnswers } from '../packages/quickcheck/src/questions/answers-in-fragment.js';
import type { Answers } from '../packages/quickcheck/src/questions/questionnaire.js';
import { quickcheckCases } from '../packages/quickcheck/test/quickcheck-cases.js';
import { axeViolations } from './axe-check.js';
import { serverAndBrowser, watch } from './browser.js';
import { viteHost } from './vite-host.js';

const economist = quickcheckCases().find((c) => c.name.startsWith('Indian economist'))!;

describe('a Vue 3 partner app (demo/hosts/vue) built with Vite, against the real server', () => {
  const host = viteHost('vue');
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: host.origin }));

  it('binds props to the tags, and Vue state follows their welcome-* events', async () => {
    const context = await live.browser.newContext({
      viewport: { width: 1024, height: 900 },
      timezoneId: 'Europe/Berlin',
    });
    const page = await context.newPage();
    const { requests, problems } = watch(page);
    const api = encodeURIComponent(`${live.server.url}/api`);
    await page.goto(`${host.origin}/?api=${api}#${encodeAnswers(economist.profile as Answers)}`);

    // The FAQ search, as a person types and opens an answer with the keyboard.
    const faq = page.locator('welcome-faq-search');
    assert.equal(
      await page
        .locator('#faq-state')
        .textContent()
        .then((t) => t?.trim()),
      'Noch keine Antwort geöffnet',
    );
    await faq.locator('#faq-input').fill('Blaue Karte');
    await faq.locator('#faq-input[aria-expanded=true]').waitFor();
    await faq.locator('#faq-input').press('ArrowDown');
    await faq.locator('#faq-input').press('Enter');
    const opened = faq.locator('button[aria-expanded=true][id^=q-]').first();
    await opened.waitFor();
    const id = (await opened.getAttribute('id'))!.slice('q-'.length);
    await page.locator('#faq-state', { hasText: `Gelesen: ${id}` }).waitFor();

    // The quickcheck opens on the shared result; Vue's select changes `audience`, the widget answers anew.
    const quickcheck = page.locator('welcome-quickcheck');
    await quickcheck.locator('.result').waitFor();
    await page.locator('#quickcheck-state', { hasText: '(worker)' }).waitFor();
    await page.getByLabel('Ich frage als').selectOption('employer');
    await page.locator('#quickcheck-state', { hasText: '(employer)' }).waitFor();
    assert.equal(
      await quickcheck.evaluate((el) => (el as HTMLElementTagNameMap['welcome-quickcheck']).audience),
      'employer',
    );
    const pathways = await quickcheck.locator('[part~=pathway]').count();
    assert.match(
      (await page.locator('#quickcheck-state').textContent()) ?? '',
      new RegExp(`Ergebnis: ${pathways} Wege`),
    );

    const elsewhere = requests.filter((url) => !url.startsWith(host.origin) && !url.startsWith(live.server.url));
    assert.deepEqual(elsewhere, [], 'requests go to the partner and the county only');
    assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the host page');
    assert.deepEqual(problems, [], 'no errors in the console');
    await context.close();
  });
});
