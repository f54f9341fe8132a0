import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverAndBrowser } from './browser.js';
import { openHostApp, viteHost } from './vite-host.js';

describe('a Vue 3 partner app (demo/hosts/vue) built with Vite, against the real server', () => {
  const host = viteHost('vue', () => live.server.url, ['vue']);
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: host.origin }));

  it('binds props to the tags, and Vue state follows their welcome-* events', async () => {
    const { page, finish } = await openHostApp(live, host);

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

    await finish();
  });
});
