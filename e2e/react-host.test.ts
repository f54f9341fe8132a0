import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverAndBrowser } from './browser.js';
import { openHostApp, viteHost } from './vite-host.js';

describe('a React 19 partner app (demo/hosts/react) built with Vite, against the real server', () => {
  const host = viteHost('react', () => live.server.url);
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: host.origin }));

  it('passes props to the @lit/react component and a plain tag, and React state follows their welcome-* events', async () => {
    const { page, finish } = await openHostApp(live, host);

    // The quickcheck: `audience` went in as a React prop; the result's event comes back into React state.
    const quickcheck = page.locator('welcome-quickcheck');
    await quickcheck.locator('.result').waitFor();
    assert.equal(
      await quickcheck.evaluate((el) => (el as HTMLElementTagNameMap['welcome-quickcheck']).audience),
      'employer',
    );
    const pathways = await quickcheck.locator('[part~=pathway]').count();
    assert.ok(pathways > 0, 'the result names pathways');
    await page.locator('#quickcheck-state', { hasText: `Ergebnis für Arbeitgeber: ${pathways} Wege` }).waitFor();

    // The newsletter signup, as a person fills it in; React 19 listens to onwelcome-newsletter-requested.
    const signup = page.locator('welcome-newsletter-signup');
    assert.equal(await page.locator('#newsletter-state').textContent(), 'Noch nicht angemeldet');
    const email = 'hr@example.org';
    await signup.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await signup.getByLabel('Für Fachkräfte').check();
    await signup.getByLabel(/Ich bin einverstanden/).check();
    await signup.getByRole('button', { name: 'Abonnieren' }).click();
    await signup.getByText('Fast geschafft').waitFor();
    await page.locator('#newsletter-state', { hasText: 'Bestätigungsmail unterwegs (skilled-workers)' }).waitFor();
    assert.match((await live.server.sink.next(email)).text, /newsletter-confirm=/, 'the real server sent the mail');

    await finish();
  });
});
