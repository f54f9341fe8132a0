import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { serverAndBrowser, thirdParty } from './browser.js';
import { policyViolations } from './policy-violations.js';
import {
  assertAccessible,
  assertOneHeading as assertView,
  createStaffAccount,
  focusedElement,
  openConsole,
  sidewaysScroll,
  signInAs,
  tabTo,
  withoutRefusals as withoutAnyRefusals,
} from './staff-console.js';

const EDITOR = {
  email: 'faq-redaktion@example.org',
  name: 'Frieda Fragner',
  password: 'Antworten für alle, jeden Tag 7',
};

const GERMAN = {
  title: 'Welches Visum brauche ich für eine Arbeit in Sachsen?',
  body: 'Das hängt von Ihrem **Berufsabschluss** ab.\n\n- Blaue Karte EU\n- Fachkräftevisum\n\n<script>window.__xss = 1</script>',
  answerText: 'Das hängt von Ihrem Berufsabschluss ab.',
};
const ENGLISH = {
  title: 'Which visa do I need to work in Saxony?',
  body: 'That depends on your **vocational qualification**.\n\n- EU Blue Card\n- Skilled worker visa',
  answerText: 'That depends on your vocational qualification.',
};

/**
 * Chromium logs every 401, 409 and 422 as a failed load: a signed-out start, a taken id and a refused
 * save are the person's input, not errors of the page.
 */
const withoutRefusals = (problems: string[]) =>
  withoutAnyRefusals(problems, ['401 (Unauthorized)', '409 (Conflict)', '422 (Unprocessable Entity)']);

describe('the FAQ in the staff console, as the county editors use it', () => {
  const live = serverAndBrowser();

  const open = (locale: string, width?: number) => openConsole(live.browser, locale, width);

  /**
   * The public demo portal with <welcome-faq-search>, opened afresh (a new visitor, no cached
   * answers) at one entry, as a link to the answer opens it.
   */
  async function publicAnswer(
    language: 'de' | 'en',
    id: string,
  ): Promise<{ visit: Awaited<ReturnType<typeof open>>; answer: Locator }> {
    const visit = await open(language === 'de' ? 'de-DE' : 'en-GB');
    await visit.page.goto(`${live.server.url}/?lang=${language}#faq-${id}`);
    const widget = visit.page.locator('welcome-faq-search');
    await widget.locator(`#q-${id}[aria-expanded="true"]`).waitFor();
    return { visit, answer: widget.locator(`#a-${id}`) };
  }

  it('an editor edits an entry in German and English by keyboard; the public widget follows at once, outdated meanwhile', async () => {
    await createStaffAccount({ DATABASE_URL: live.server.database.url, PUBLIC_URL: live.server.url }, EDITOR, 'editor');
    const editor = await open('de-DE');
    const { page } = editor;

    // Keyboard only, from the sign-in to the saved text.
    await page.goto(`${live.server.url}/admin/`);
    await assertView(page, 'Anmelden');
    await tabTo(page, 'input#email');
    await page.keyboard.type(EDITOR.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(EDITOR.password);
    await page.keyboard.press('Enter');
    await assertView(page, 'Häufige Fragen');
    assert.match(page.url(), /#\/faq$/, 'an editor starts at the FAQ');
    const view = page.locator('welcome-admin-faq');
    const first = view.locator('li[data-entry]').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-entry'))!;
    const card = (await first.textContent())!.replace(/\s+/g, ' ');
    assert.match(card, /Englisch: aktuell/, card);
    assert.match(card, /Hilfreich 0 ja, 0 nein/, card);
    await assertAccessible(page, 'FAQ list, de');

    const before = (await (await live.server.api(`/v1/faq?lang=en`)).json()) as {
      entries: { id: string; question: string; outdated: boolean }[];
    };
    const englishBefore = before.entries.find((entry) => entry.id === id)!;
    assert.equal(englishBefore.outdated, false);

    await tabTo(page, `button#edit-${id}`);
    await page.keyboard.press('Enter');
    const entryEditor = page.locator('welcome-admin-faq-editor');
    await entryEditor.locator('h2').waitFor();
    assert.equal(await focusedElement(page), 'h2#entry-heading', 'the entry’s heading has the focus');
    await assertAccessible(page, 'FAQ entry, German, de');

    // The question emptied and a new answer typed: the server's 422 shows at the question, the answer stays.
    await tabTo(page, 'select#language');
    await page.keyboard.press('Tab');
    assert.equal(await focusedElement(page), 'input#title');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    assert.equal(await focusedElement(page), 'textarea#body');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(GERMAN.body);
    await tabTo(page, 'button#save-text');
    await page.keyboard.press('Enter');
    await entryEditor.getByText('Bitte geben Sie die Frage ein (mindestens 3 Zeichen).').waitFor();
    assert.equal(await focusedElement(page), 'input#title', 'the field with the error has the focus');
    assert.equal(await entryEditor.locator('textarea#body').inputValue(), GERMAN.body, 'the typed answer is kept');
    await assertAccessible(page, 'FAQ entry with an error, de');
    await page.keyboard.type(GERMAN.title);

    // The preview: the server's renderer and sanitiser, as the public answer.
    await tabTo(page, 'button#show-preview');
    await page.keyboard.press('Enter');
    const preview = entryEditor.locator('.preview-body');
    await preview.locator('strong', { hasText: 'Berufsabschluss' }).waitFor();
    assert.equal(await focusedElement(page), 'h4#preview-heading');
    assert.equal(await preview.locator('script').count(), 0, 'no script in the preview');
    assert.equal(await preview.locator('li').count(), 2);
    await tabTo(page, 'button#save-text', 3, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await entryEditor.getByText('Gespeichert. Das Widget zeigt den Text auf Deutsch jetzt.').waitFor();
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);

    // A new visitor of the portal gets the new German text at once, without a restart.
    const german = await publicAnswer('de', id);
    await german.visit.page.locator(`welcome-faq-search #q-${id}`).getByText(GERMAN.title).waitFor();
    await german.answer.getByText(GERMAN.answerText).waitFor();
    assert.equal(await german.answer.locator('.answer-body strong').first().textContent(), 'Berufsabschluss');
    assert.equal(await german.answer.locator('.outdated').count(), 0, 'German is never outdated');

    // The English text is older than the German now: the widget says so and offers the German text.
    const outdated = await publicAnswer('en', id);
    await outdated.answer
      .getByText('This translation may be out of date: the German version was changed more recently.')
      .waitFor();
    await outdated.visit.page.locator(`welcome-faq-search #q-${id}`).getByText(englishBefore.question).waitFor();
    await outdated.answer.getByRole('button', { name: 'Show the German version' }).click();
    await outdated.answer.locator('.german').getByText(GERMAN.answerText).waitFor();
    await assertAccessible(outdated.visit.page, 'public FAQ with an outdated translation, en');

    // In the console the English text is marked outdated; it is edited beside the German reference.
    const englishOption = entryEditor.locator('select#language option[value="en"]');
    await englishOption.filter({ hasText: 'Englisch (veraltet)' }).waitFor({ state: 'attached' });
    await tabTo(page, 'select#language', 20, 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    const reference = entryEditor.locator('section.reference');
    await reference.getByText(GERMAN.title).waitFor();
    await entryEditor.getByText('Veraltet: Die deutsche Fassung wurde später geändert.', { exact: false }).waitFor();
    assert.equal(await entryEditor.locator('input#title').inputValue(), englishBefore.question);
    await assertAccessible(page, 'FAQ entry, English beside the German reference, de');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ENGLISH.title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ENGLISH.body);
    await tabTo(page, 'button#save-text');
    await page.keyboard.press('Enter');
    await entryEditor.getByText('Gespeichert. Das Widget zeigt den Text auf Englisch jetzt.').waitFor();
    await englishOption.filter({ hasText: 'Englisch (aktuell)' }).waitFor({ state: 'attached' });

    const english = await publicAnswer('en', id);
    await english.visit.page.locator(`welcome-faq-search #q-${id}`).getByText(ENGLISH.title).waitFor();
    await english.answer.getByText(ENGLISH.answerText).waitFor();
    assert.equal(await english.answer.locator('.outdated').count(), 0, 'current again: no notice');

    // The same views in English.
    await page.locator('welcome-admin-console header').getByRole('button', { name: 'English' }).click();
    await assertView(page, 'FAQ');
    await entryEditor.getByText('German reference').waitFor();
    await assertAccessible(page, 'FAQ entry, English beside the German reference, en');
    await view.getByRole('button', { name: 'Back to the list' }).click();
    await view.locator(`li[data-entry="${id}"]`).getByText(GERMAN.title).waitFor();
    assert.equal(await focusedElement(page), `button#edit-${id}`, 'back at the entry’s button');
    await assertAccessible(page, 'FAQ list, en');

    for (const visit of [editor, german.visit, outdated.visit, english.visit]) {
      assert.deepEqual(await policyViolations(visit.page, visit.problems), [], 'nothing refused by the page policy');
      assert.deepEqual(withoutRefusals(visit.problems), [], 'no errors in the console');
      assert.deepEqual(thirdParty(visit.requests, live.server.url), [], 'no requests elsewhere');
      if (visit !== editor) await visit.context.close();
    }
    await editor.context.close();
  });

  it('lists what readers searched for without finding it, and fits 320 px with the reference above the text', async () => {
    const reader = await open('de-DE');
    await reader.page.goto(`${live.server.url}/`);
    const search = reader.page.locator('welcome-faq-search #faq-input');
    const reported = reader.page.waitForRequest((request) => request.url().endsWith('/api/v1/faq/zero-results'));
    await search.click();
    await reader.page.keyboard.type('Xylophon  Quokka');
    await reader.page.locator('welcome-faq-search .status').getByText('Keine Antwort gefunden.').waitFor();
    // Once, after the typing stopped; what it carried, the console's list shows below.
    assert.equal((await (await reported).response())?.status(), 204);
    await reader.context.close();

    const phone = await open('de-DE', 320);
    const { page } = phone;
    await page.goto(`${live.server.url}/admin/#/faq`);
    await signInAs(page, EDITOR);
    await assertView(page, 'Häufige Fragen');
    const view = page.locator('welcome-admin-faq');
    const row = view.locator('table tbody tr').filter({ hasText: 'xylophon quokka' });
    await row.waitFor();
    assert.deepEqual((await row.locator('td').allTextContents()).map((cell) => cell.trim()).slice(0, 3), [
      'xylophon quokka',
      'Deutsch',
      '1',
    ]);
    assert.ok((await sidewaysScroll(page)) <= 0, 'the list fits 320 px');

    await view.locator('li[data-entry] button').first().click();
    const entryEditor = page.locator('welcome-admin-faq-editor');
    await entryEditor.locator('select#language').selectOption('uk');
    await entryEditor.locator('section.reference').waitFor();
    const referenceBox = (await entryEditor.locator('section.reference').boundingBox())!;
    const formBox = (await entryEditor.locator('form.text-form').boundingBox())!;
    assert.ok(referenceBox.y + referenceBox.height <= formBox.y, 'stacked: the German reference above the text');
    const overflow = await sidewaysScroll(page);
    assert.ok(overflow <= 0, `at 320 px the editor scrolls sideways by ${overflow}px`);
    await assertAccessible(page, 'FAQ entry at 320 px, de');
    assert.deepEqual(withoutRefusals(phone.problems), []);
    await phone.context.close();
  });

  it('creates an entry in German, moves it, finds it by a new synonym; exports the folder and imports it again, a broken file changes nothing', async () => {
    const { context, page, problems } = await open('de-DE');
    await page.goto(`${live.server.url}/admin/#/faq`);
    await signInAs(page, EDITOR);
    await assertView(page, 'Häufige Fragen');
    const view = page.locator('welcome-admin-faq');
    const create = page.locator('welcome-admin-faq-create');
    const existing = (await view.locator('li[data-entry]').first().getAttribute('data-entry'))!;

    await create.getByLabel('Kennung').fill(existing);
    await create.getByLabel('Kategorie').selectOption({ index: 1 });
    await create.getByLabel('Frage (Deutsch)').fill('Wo finde ich einen Sprachkurs?');
    await create.getByLabel('Antwort (Deutsch, Markdown)').fill('Bei der **Volkshochschule** Ihres Landkreises.');
    await create.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await create.getByText('Diese Kennung hat schon ein anderer Eintrag.').waitFor();
    assert.equal(await focusedElement(page), 'input#id');
    assert.equal(await create.getByLabel('Frage (Deutsch)').inputValue(), 'Wo finde ich einen Sprachkurs?');
    await assertAccessible(page, 'new entry with an error, de');
    await create.getByLabel('Kennung').fill('language-course');
    await create.getByRole('button', { name: 'Eintrag anlegen' }).click();
    const entryEditor = page.locator('welcome-admin-faq-editor');
    await entryEditor.locator('h2').getByText('Wo finde ich einen Sprachkurs?').waitFor();
    await entryEditor.locator('select#language').selectOption('en');
    await entryEditor.getByText('Fehlt: Das Widget zeigt in dieser Sprache die deutsche Fassung.').waitFor();
    const publicList = (await (await live.server.api('/v1/faq?lang=en')).json()) as {
      entries: { id: string; fallback: boolean }[];
    };
    assert.equal(publicList.entries.find((entry) => entry.id === 'language-course')?.fallback, true, 'public at once');
    const category = entryEditor.locator('select#category');
    const moved = (await category.locator('option').nth(2).getAttribute('value'))!;
    await category.selectOption(moved);
    await entryEditor.getByRole('button', { name: 'Kategorie ändern' }).click();
    await entryEditor.getByText('Die Kategorie ist geändert.').waitFor();
    const inCategory = (await (await live.server.api(`/v1/faq?lang=de&category=${moved}`)).json()) as {
      entries: { id: string }[];
    };
    assert.ok(
      inCategory.entries.some((entry) => entry.id === 'language-course'),
      'moved for the public too',
    );

    // Synonyms for the whole FAQ: a group of one word is refused by its line, then a real group is saved.
    const synonyms = page.locator('welcome-admin-faq-synonyms');
    await view.getByRole('button', { name: 'Zurück zur Liste' }).click();
    const words = synonyms.getByLabel('Gruppen gleichbedeutender Suchwörter');
    const shipped = await words.inputValue();
    assert.ok(shipped.split('\n').length > 3, 'the shipped groups, one a line');
    await words.fill(`${shipped}\nQuokka`);
    await synonyms.getByRole('button', { name: 'Synonyme speichern' }).click();
    const lines = shipped.split('\n').length + 1;
    await synonyms.getByText(`Zeile ${lines}: Eine Gruppe braucht mindestens zwei Wörter.`).waitFor();
    await assertAccessible(page, 'synonyms with an error, de');
    await words.fill(`${shipped}\nSprachkurs, Quokkakurs`);
    await synonyms.getByRole('button', { name: 'Synonyme speichern' }).click();
    await synonyms.getByText('Die Synonyme sind gespeichert; die Suche nutzt sie jetzt.').waitFor();
    const found = (await (await live.server.api('/v1/faq?lang=de&q=Quokkakurs')).json()) as {
      matches: { id: string }[];
    };
    assert.deepEqual(
      found.matches.map((match) => match.id),
      ['language-course'],
      'found by its synonym',
    );

    // Export: the folder as a tar file to save; imported again it replaces the FAQ with the same.
    const download = page.waitForEvent('download');
    await view.getByRole('button', { name: 'FAQ exportieren' }).click();
    const saved = await (await download).path();
    assert.match((await download).suggestedFilename(), /^faq-\d{4}-\d{2}-\d{2}\.tar$/);
    const archive = await readFile(saved);
    assert.ok(archive.includes(Buffer.from('de/language-course.md')), 'the new entry is in the export');
    await view.getByLabel('FAQ importieren (tar-Datei)').setInputFiles({
      name: 'faq.tar',
      mimeType: 'application/x-tar',
      buffer: archive,
    });
    await view.getByText(/Importiert: \d+ Einträge, \d+ Übersetzungen, \d+ Kategorien\./).waitFor();
    await view.locator('li[data-entry="language-course"]').waitFor();

    await view.getByLabel('FAQ importieren (tar-Datei)').setInputFiles({
      name: 'broken.tar',
      mimeType: 'application/x-tar',
      buffer: Buffer.from('not a tar file at all'),
    });
    await view.locator('[role="alert"] .error-notice').waitFor();
    await assertAccessible(page, 'refused import, de');
    await view.locator('li[data-entry="language-course"]').waitFor();
    assert.deepEqual(withoutRefusals(problems), []);
    await context.close();
  });
});
