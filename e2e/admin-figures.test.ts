import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverAndBrowser, thirdParty } from './browser.js';
import { policyViolations } from './policy-violations.js';
import {
  assertAccessible,
  createStaffAccount,
  openConsole,
  sidewaysScroll,
  signInAs,
  withoutRefusals as withoutAnyRefusals,
} from './staff-console.js';

const EDITOR = { email: 'zahlen@example.org', name: 'Zora Zahl', password: 'Zahlen lügen nicht, sagt man 9' };
const METRIC = 'accelerated-procedures';
const BAD_FILE = ['date,series,value', '2024-12-31,total,47', '2025-04-30,total,53', '2025-06-30,total,61'].join('\n');
const GOOD_FILE = ['date,series,value', '2024-12-31,total,47', '2025-03-31,total,53', '2025-06-30,total,61'].join('\n');

/** Chromium logs the 422 of the refused file as a failed load: the editor's input, not an error of the page. */
const withoutRefusals = (problems: string[]) =>
  withoutAnyRefusals(problems, ['401 (Unauthorized)', '422 (Unprocessable Entity)']);

describe('figures in the staff console, as an editor uses them', () => {
  const live = serverAndBrowser();

  /** The public figures page in a fresh browser (no cached answers), as a visitor sees it. */
  async function publicTile(path: string): Promise<{ title: string; summary: string }> {
    const context = await live.browser.newContext({ timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${live.server.url}${path}`);
    const tile = page.locator(`welcome-dashboard-tile[metric="${METRIC}"]`);
    const summary = tile.locator('figcaption');
    await summary.waitFor();
    const result = {
      title: ((await tile.locator('.title').textContent()) ?? '').trim(),
      summary: ((await summary.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    };
    await context.close();
    return result;
  }

  it('uploads a draft with an error and a good one, previews the real tile, publishes, edits an English title', async () => {
    await createStaffAccount({ DATABASE_URL: live.server.database.url, PUBLIC_URL: live.server.url }, EDITOR, 'editor');
    const { context, page, problems, requests } = await openConsole(live.browser, 'de-DE');

    await page.goto(`${live.server.url}/admin/#/figures`);
    await signInAs(page, EDITOR);
    const view = page.locator('welcome-admin-figures');
    await view.getByRole('heading', { level: 1, name: 'Zahlen' }).waitFor();
    const nav = page.locator('welcome-admin-console nav');
    await nav.getByRole('link', { name: 'Zahlen' }).waitFor();
    const card = view.locator('li.card').filter({ hasText: 'Beschleunigte Fachkräfteverfahren' });
    await card.getByText('31. März 2025').first().waitFor();
    await assertAccessible(page, 'figures, de');

    await card.getByRole('button', { name: 'Bearbeiten' }).click();
    const editor = card.locator('welcome-admin-figure-editor');
    await editor.getByRole('heading', { name: 'Neue Daten hochladen' }).waitFor();
    await assertAccessible(page, 'a metric opened, de');

    // A file with a date that is no quarter end: refused, the line named.
    await editor
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'verfahren.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILE) });
    await editor.getByRole('button', { name: 'Als Entwurf hochladen' }).click();
    const refusal = editor.locator('.problem');
    await refusal.getByText('Die Datei wurde nicht übernommen.', { exact: false }).waitFor();
    const refused = ((await refusal.locator('li').allTextContents()) ?? []).map((line) => line.replace(/\s+/g, ' '));
    assert.equal(refused.length, 1, refused.join(' | '));
    assert.match(refused[0]!, /^Zeile 3: /, 'the bad line is named by its number');
    await assertAccessible(page, 'refused file, de');

    // The corrected file: a draft, previewed in the real tile; the public page still has the old figures.
    const before = await publicTile('/zahlen.html');
    assert.match(before.summary, /auf 53 /, before.summary);
    await editor
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'verfahren.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_FILE) });
    await editor.getByRole('button', { name: 'Als Entwurf hochladen' }).click();
    await editor.getByText('Der Entwurf mit 3 Zeilen ist gespeichert.', { exact: false }).waitFor();
    const preview = editor.locator('welcome-dashboard-tile');
    await preview.locator('figcaption').getByText('auf 61', { exact: false }).waitFor();
    assert.match((await preview.locator('figcaption').textContent()) ?? '', /gestiegen von 47 .* auf 61 /);
    await card.getByText('3 Zeilen, hochgeladen', { exact: false }).waitFor();
    assert.match((await publicTile('/zahlen.html')).summary, /auf 53 /, 'the draft is not public');
    await assertAccessible(page, 'draft preview, de');

    // In English, the preview speaks English: the real tile in the chosen language.
    await editor.getByLabel('Sprache der Vorschau').selectOption('en');
    await preview.locator('figcaption').getByText('rose from 47', { exact: false }).waitFor();

    await editor.getByRole('button', { name: 'Veröffentlichen' }).click();
    await editor.getByText('Die neuen Zahlen sind veröffentlicht.').waitFor();
    assert.equal(await preview.count(), 0, 'no draft, no preview');
    const after = await publicTile('/zahlen.html');
    assert.match(after.summary, /gestiegen von 47 .* auf 61 /, after.summary);

    // The English title, with the German one beside it.
    const texts = editor.locator('welcome-admin-figure-texts');
    await texts.getByLabel('Sprache der Texte').selectOption('en');
    await texts.getByText('Deutsch: Beschleunigte Fachkräfteverfahren').waitFor();
    await texts.getByLabel('Titel', { exact: true }).fill('');
    await texts.getByRole('button', { name: 'Texte speichern' }).click();
    await texts.getByText('Bitte füllen Sie dieses Feld aus.').waitFor();
    await assertAccessible(page, 'texts with an error, de');
    await texts.getByLabel('Titel', { exact: true }).fill('Fast-track procedures for skilled workers');
    await texts.getByRole('button', { name: 'Texte speichern' }).click();
    await texts.getByText('Die Texte sind gespeichert und öffentlich.').waitFor();
    assert.equal((await publicTile('/zahlen.html?lang=en')).title, 'Fast-track procedures for skilled workers');
    assert.equal((await publicTile('/zahlen.html')).title, 'Beschleunigte Fachkräfteverfahren', 'German stays');
    await assertAccessible(page, 'texts saved, de');

    // The same view in English.
    await page.locator('welcome-admin-console header').getByRole('button', { name: 'English' }).click();
    await view.getByRole('heading', { level: 1, name: 'Figures' }).waitFor();
    await editor.getByRole('heading', { name: 'Titles and texts' }).waitFor();
    await assertAccessible(page, 'figures with a metric open, en');

    // A phone: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await sidewaysScroll(page);
    assert.ok(overflow <= 0, `at 320 px the figures scroll sideways by ${overflow}px`);

    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the page policy');
    assert.deepEqual(withoutRefusals(problems), [], 'no errors in the console');
    assert.deepEqual(thirdParty(requests, live.server.url), [], 'no requests elsewhere');
    await context.close();
  });
});
