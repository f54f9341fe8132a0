import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../packages/server/test/support/test-server.js';
import { serverAndBrowser } from './browser.js';

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(new URL('../dist/widgets/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: ManifestDeclaration[] }[];
};
const publicTags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('welcome-'));

describe('embed configurator: a partner picks a widget, copies the code, and it works on their own site', () => {
  let partner: Server;
  let partnerOrigin: string;
  let partnerPage = '';

  before(async () => {
    // The partner's site: another origin (another host name and port) on this machine.
    const port = await freePort();
    partnerOrigin = `http://localhost:${port}`;
    partner = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(partnerPage);
    });
    await new Promise<void>((resolve) => partner.listen(port, '127.0.0.1', resolve));
  });
  after(() => partner?.close());
  const live = serverAndBrowser(() => ({ ALLOWED_ORIGINS: partnerOrigin }));

  it('offers every public tag and attribute of the shipped manifest, in German', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/einbinden.html`);
    const choices = page.locator('#widget-choice input[type=radio]');
    await choices.first().waitFor();
    assert.deepEqual(
      (await choices.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).sort(),
      publicTags.map((declaration) => declaration.tagName).sort(),
    );
    for (const declaration of publicTags) {
      await page.locator(`#widget-${declaration.tagName}`).check();
      for (const { name } of declaration.attributes ?? []) {
        if (name.endsWith('-token')) continue; // Set by the page from mail links, not configured.
        const label = page.locator(`label[for="attr-${name}"]`);
        await label.waitFor();
        assert.notEqual((await label.textContent())?.trim(), name, `${declaration.tagName} ${name} has a German label`);
      }
    }
    await page.close();
  });

  it('builds the code and preview of a tile in Arabic, copies it, and the copy runs on a partner’s origin', async () => {
    const context = await live.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: live.server.url });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${live.server.url}/einbinden.html`);
    await page.getByLabel(/Eine Kennzahl als Kachel/).check();
    await page.getByLabel('Kennzahl', { exact: true }).selectOption('top-nationalities');
    await page.getByLabel('Darstellung').selectOption('bar');
    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');

    const code = await page.getByLabel('HTML zum Einfügen').inputValue();
    assert.match(
      code,
      new RegExp(`<script type="module" src="${live.server.url}/widgets/v1/welcome-widgets.js"></script>`),
    );
    assert.match(
      code,
      /<style>welcome-dashboard-tile:not\(:defined\) \{ display: block; min-height: 20em; \}<\/style>/,
    );
    assert.match(code, new RegExp(`api="${live.server.url}/api"`));
    assert.match(code, /metric="top-nationalities"/);
    assert.match(code, /variant="bar"/);
    assert.match(code, /lang="ar"/);
    assert.doesNotMatch(code, /heading-level/, 'defaults are left out');

    const tile = page.locator('#preview welcome-dashboard-tile[metric="top-nationalities"][variant="bar"][lang="ar"]');
    await tile.locator('[part~=chart]').waitFor();
    assert.equal(await tile.locator('[dir]').first().getAttribute('dir'), 'rtl', 'the preview is in Arabic');

    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.getByText('Der Code ist in der Zwischenablage.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

    // The partner pastes it into their careers page, served from their own origin.
    partnerPage = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Karriere</title></head><body><h1>Karriere</h1>${code}</body></html>`;
    await page.goto(`${partnerOrigin}/karriere`);
    const pasted = page.locator('welcome-dashboard-tile');
    await pasted.locator('[part~=chart]').waitFor();
    assert.match(
      (await pasted.locator('[part~=chart]').textContent()) ?? '',
      /أوكرانيا/,
      'the Arabic ranking names Ukraine',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('warns before a quickcheck goes out without a booking link or privacy link, until both are set', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/einbinden.html`);
    await page.locator('#widget-welcome-quickcheck').check();
    const warnings = page.locator('#snippet-warnings');
    await warnings.getByText('Link zur Terminbuchung').waitFor();
    assert.match((await warnings.textContent()) ?? '', /Noch nicht vollständig/);

    // The warning's link leads to the field; filling it in removes that warning.
    await warnings.getByRole('link', { name: 'Link zur Terminbuchung' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'attr-booking-href');
    await page.keyboard.type('/beratung');
    await page.getByLabel('HTML zum Einfügen').evaluate((area) => (area as HTMLTextAreaElement).value);
    assert.match(await page.getByLabel('HTML zum Einfügen').inputValue(), /booking-href="\/beratung"/);
    assert.equal(await warnings.getByText('Link zur Terminbuchung').count(), 0);

    await page.locator('#widget-welcome-newsletter-signup').check();
    await warnings.getByText('Link zu Ihren Datenschutzhinweisen').waitFor();
    await page.getByLabel('Link zu Ihren Datenschutzhinweisen').fill('/datenschutz');
    assert.equal(((await warnings.textContent()) ?? '').trim(), '');
    await page.close();
  });

  it('on a site the county has not allowed yet, the widget says so instead of "no connection"', async () => {
    // Same partner server, but reached as 127.0.0.1: another origin, not in ALLOWED_ORIGINS.
    const notAllowed = partnerOrigin.replace('localhost', '127.0.0.1');
    partnerPage = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neu</title>
      <script type="module" src="${live.server.url}/widgets/v1/welcome-widgets.js"></script></head>
      <body><h1>Neu</h1><welcome-faq-search api="${live.server.url}/api"></welcome-faq-search></body></html>`;
    const page = await live.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${notAllowed}/neu`);
    const notice = page.locator('welcome-faq-search [data-problem]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-problem'), 'origin-not-allowed');
    assert.match((await notice.textContent()) ?? '', /für diese Website noch nicht freigeschaltet/);
    assert.equal(await page.locator('welcome-faq-search .retry').count(), 0, 'trying again cannot help');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
