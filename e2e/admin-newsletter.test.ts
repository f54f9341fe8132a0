import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { ReceivedMail } from '../packages/server/test/support/smtp-sink.js';
import { serverAndBrowser, thirdParty } from './browser.js';
import { policyViolations } from './policy-violations.js';
import {
  assertAccessible,
  createStaffAccount,
  focusedElement,
  openConsole,
  sidewaysScroll,
  signInAs,
  withoutRefusals as withoutAnyRefusals,
} from './staff-console.js';

const EDITOR = { email: 'redaktion@example.org', name: 'Ede Redlich', password: 'ein Ring, sie zu knechten 42' };

/** Confirmed subscribers of two topics in two languages, and one who never confirmed. */
const PEOPLE = {
  annaEventsDe: { email: 'anna@example.org', topics: ['events'], language: 'de' },
  bertaBothDe: { email: 'berta@example.org', topics: ['employers', 'events'], language: 'de' },
  carlEventsEn: { email: 'carl@example.org', topics: ['events'], language: 'en' },
  doraEmployersDe: { email: 'dora@example.org', topics: ['employers'], language: 'de' },
  emilEmployersEn: { email: 'emil@example.org', topics: ['employers'], language: 'en' },
} as const;
const UNCONFIRMED = { email: 'frank@example.org', topics: ['events'], language: 'de' };

const SUBJECT = 'Infoabend im Landratsamt';
const MARKDOWN = 'Am **12. Dezember** laden wir ein.\n\n- Beratung\n- Fragen\n\n<script>alert(1)</script>';

/** mailparser gathers the List-* headers into one object: `List-Unsubscribe` is `list.unsubscribe`. */
function listHeader(mail: ReceivedMail, name: 'unsubscribe' | 'unsubscribe-post'): string {
  const list = mail.headers.get('list') as Record<string, { url?: string; name?: string }> | undefined;
  return list?.[name]?.url ?? list?.[name]?.name ?? '';
}

/** The row of the counts table for one language, as its cells read. */
async function countsRow(view: Locator, language: string): Promise<string[]> {
  const row = view
    .locator('table.counts tbody tr')
    .filter({ has: view.page().getByRole('rowheader', { name: language }) });
  return (await row.locator('td').allTextContents()).map((cell) => cell.trim());
}

/**
 * Chromium logs each refused request as a failed load: the 401 of the signed-out start is the
 * console's question, the 503 the outage this test makes, not errors of the page.
 */
const withoutRefusals = (problems: string[]) =>
  withoutAnyRefusals(problems, ['401 (Unauthorized)', '422 (Unprocessable Entity)', '503 (Service Unavailable)']);

describe('the newsletter in the staff console, as an editor uses it', () => {
  const live = serverAndBrowser(() => ({ DEMO_PAGES: 'false', RATE_LIMIT_SUBSCRIPTIONS: '1000' }));

  async function subscribe(person: { email: string; topics: readonly string[]; language: string }, confirm = true) {
    const answer = await live.server.api('/v1/newsletter/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: live.server.url },
      body: JSON.stringify({ ...person, consent: true }),
    });
    assert.equal(answer.status, 202, person.email);
    const token = /newsletter-confirm=([A-Za-z0-9_-]{43})/.exec((await live.server.sink.next(person.email)).text)?.[1];
    assert.ok(token, `a confirmation link for ${person.email}`);
    if (!confirm) return;
    assert.equal((await live.server.api(`/v1/newsletter/confirm?token=${token}`)).status, 200);
    await live.server.sink.next(person.email); // the welcome mail
  }

  async function open(locale: string, width?: number) {
    const visit = await openConsole(live.browser, locale, width, { acceptDownloads: true });
    visit.page.setDefaultTimeout(15_000);
    return visit;
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${live.server.url}/admin/#/newsletter`);
    await signInAs(page, EDITOR);
  }

  it('counts, export, compose, preview, test mail, send to exactly the right people, one-click unsubscribe, archive', async () => {
    await createStaffAccount({ DATABASE_URL: live.server.database.url, PUBLIC_URL: live.server.url }, EDITOR, 'editor');
    for (const person of Object.values(PEOPLE)) await subscribe(person);
    await subscribe(UNCONFIRMED, false);

    const { context, page, problems, requests } = await open('de-DE');
    await signIn(page);
    const view = page.locator('welcome-admin-newsletter');
    await view.getByRole('heading', { level: 1, name: 'Newsletter' }).waitFor();
    assert.match(page.url(), /#\/newsletter$/);
    const nav = page.locator('welcome-admin-console nav');
    await nav.getByRole('link', { name: 'Newsletter' }).waitFor();

    // Counts of confirmed subscribers only: Frank never confirmed.
    await view.getByText('Bestätigte Abonnements insgesamt: 5').waitFor();
    // Columns: employers, skilled workers, events, legal changes, all topics.
    assert.deepEqual(await countsRow(view, 'Deutsch'), ['2', '0', '2', '0', '3']);
    assert.deepEqual(await countsRow(view, 'Englisch'), ['1', '0', '1', '0', '2']);
    await view.getByText('Keine.').first().waitFor();
    await assertAccessible(page, 'newsletter overview, de');

    // The export: the confirmed five, as the file a spreadsheet opens.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      view.getByRole('button', { name: 'Bestätigte Abonnements als CSV herunterladen' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'newsletter-subscribers.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines[0], 'email,topics,language,confirmedAt');
    assert.deepEqual(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
      Object.values(PEOPLE)
        .map((person) => person.email)
        .sort(),
    );
    await view.getByText('Die Liste ist heruntergeladen.').waitFor();

    // Writing: errors at their fields first.
    await view.getByRole('button', { name: 'Neue Ausgabe schreiben' }).click();
    const composer = page.locator('welcome-admin-newsletter-composer');
    await composer.getByRole('heading', { name: 'Neue Ausgabe schreiben' }).waitFor();
    assert.equal(await focusedElement(page), 'h2#composer-heading', 'the focus goes to the form opened');
    await assertAccessible(page, 'new issue, de');
    await composer.getByRole('button', { name: 'Entwurf speichern' }).click();
    await composer.getByText('Bitte wählen Sie mindestens ein Thema.').waitFor();
    await composer.getByText('Bitte geben Sie den Betreff ein.').waitFor();
    await composer.getByText('Bitte schreiben Sie den Text der Ausgabe.').waitFor();
    assert.equal(await focusedElement(page), 'input#topics-employers', 'the first field with an error has the focus');
    await assertAccessible(page, 'new issue with errors, de');

    await composer.getByLabel('Veranstaltungen').check();
    await composer.getByLabel('Betreff (Deutsch)').fill(SUBJECT);
    await composer.getByLabel('Text (Deutsch, Markdown)').fill(MARKDOWN);
    await composer.getByRole('button', { name: 'Vorschau' }).click();
    const previewBody = composer.locator('.preview-body[lang="de"]');
    await previewBody.locator('strong').getByText('12. Dezember').waitFor();
    assert.equal(await previewBody.locator('script').count(), 0, 'the sanitiser took the script out');
    await composer
      .getByText(
        'Jetzt bekämen sie 2 Personen (Deutsch: 2). Ohne Text in ihrer Sprache bekommen sie nicht: Englisch: 1.',
      )
      .waitFor();
    assert.equal(await focusedElement(page), 'h3#preview-heading');
    await assertAccessible(page, 'preview, de');

    // The server is away for a moment: saving fails, what was typed stays.
    await page.route(
      '**/api/v1/admin/newsletter/issues',
      (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({ status: 503, contentType: 'application/json', body: '{}' })
          : route.continue(),
      { times: 1 },
    );
    await composer.getByRole('button', { name: 'Entwurf speichern' }).click();
    await composer.getByText('Ihre Angaben bleiben erhalten.').waitFor();
    assert.equal(await composer.getByLabel('Betreff (Deutsch)').inputValue(), SUBJECT);
    assert.equal(await composer.getByLabel('Text (Deutsch, Markdown)').inputValue(), MARKDOWN);
    assert.equal(await composer.getByLabel('Veranstaltungen').isChecked(), true);
    await assertAccessible(page, 'saving failed, de');

    // A test mail to the editor's own address (the draft is saved first).
    await composer.getByRole('button', { name: 'Testmail an mich senden' }).click();
    await composer.getByText(`Die Testmail (Deutsch) ist unterwegs an ${EDITOR.email}.`).waitFor();
    const testMail = await live.server.sink.next(EDITOR.email);
    assert.equal(testMail.subject, `[Test] ${SUBJECT}`);
    await composer.getByRole('heading', { name: 'Entwurf bearbeiten' }).waitFor();

    // Sending asks first, naming how many people get it.
    await composer.getByRole('button', { name: 'Senden …' }).click();
    const confirmation = composer.locator('section.confirm');
    await confirmation
      .getByText('Sie geht an 2 Personen (Deutsch: 2), jede Person bekommt sie einmal.', { exact: false })
      .waitFor();
    assert.equal(await focusedElement(page), 'h4#confirm-heading');
    await assertAccessible(page, 'confirm sending, de');
    await confirmation.getByRole('button', { name: 'Jetzt an 2 Personen senden' }).click();

    const sent = page.locator('welcome-admin-newsletter-issue');
    await sent.getByRole('heading', { level: 2, name: SUBJECT }).waitFor();
    await sent.getByText('Der Versand ist abgeschlossen.').waitFor({ timeout: 30_000 });
    // Polite: progress was asked for a few times while sending, and not at all once it was done.
    const progressRequests = () => requests.filter((url) => /\/admin\/newsletter\/issues\/\d+$/.test(url)).length;
    const whileSending = progressRequests();
    assert.ok(whileSending >= 1 && whileSending <= 10, `${whileSending} progress requests`);
    await page.waitForTimeout(2_500);
    assert.equal(progressRequests(), whileSending, 'no more polling after the send is done');
    await sent
      .getByText('2 von 2 erledigt: 2 an den Mailserver übergeben, 0 abgewiesen, 0 in der Warteschlange.')
      .waitFor();
    const rows = sent.locator('table tbody tr');
    await rows.nth(1).waitFor();
    assert.deepEqual(
      (await rows.locator('td:first-child').allTextContents()).sort(),
      [PEOPLE.annaEventsDe.email, PEOPLE.bertaBothDe.email].sort(),
    );
    assert.deepEqual(
      new Set(await rows.locator('td:nth-child(3)').allTextContents()),
      new Set(['an den Mailserver übergeben']),
    );
    await assertAccessible(page, 'sent issue with progress and recipients, de');

    // The SMTP sink holds exactly the issue's mails: the German subscribers of its topic, once each.
    const issueMails = () => live.server.sink.mails.filter((mail) => mail.subject === SUBJECT);
    assert.deepEqual(
      issueMails()
        .flatMap((mail) => mail.to)
        .sort(),
      [PEOPLE.annaEventsDe.email, PEOPLE.bertaBothDe.email].sort(),
      'nobody else: not the English subscriber of the topic, not the other topic, not the unconfirmed',
    );
    const tokens = new Set<string>();
    let annasLink = '';
    for (const mail of issueMails()) {
      const url = listHeader(mail, 'unsubscribe');
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]{43}$/);
      assert.equal(listHeader(mail, 'unsubscribe-post'), 'List-Unsubscribe=One-Click');
      const token = new URL(url).searchParams.get('token')!;
      assert.match(mail.text, new RegExp(`newsletter-unsubscribe=${token}`), 'the footer link carries the same token');
      assert.match(mail.html, /<strong>12\. Dezember<\/strong>/);
      tokens.add(token);
      if (mail.to[0] === PEOPLE.annaEventsDe.email) annasLink = url;
    }
    assert.equal(tokens.size, 2, 'each mail its own unsubscribe link');

    // Anna's mail program unsubscribes with one click (RFC 8058).
    const oneClick = await fetch(annasLink, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    assert.equal(((await oneClick.json()) as { status: string }).status, 'unsubscribed');

    // Back at the overview: the counts dropped, the issue is in the archive.
    await view.getByRole('button', { name: 'Zurück zur Übersicht' }).click();
    await view.getByText('Bestätigte Abonnements insgesamt: 4').waitFor();
    assert.deepEqual(await countsRow(view, 'Deutsch'), ['2', '0', '1', '0', '2']);
    assert.equal(await focusedElement(page), 'h2#issues-heading');
    const archive = view.locator('ul[aria-labelledby="archive-heading"] > li');
    assert.equal(await archive.count(), 1);
    await archive.getByText('Versendet').waitFor();
    await assertAccessible(page, 'overview with the archive, de');

    // The archive's issue reads as it went out.
    await archive.getByRole('button', { name: new RegExp(`^Ansehen\\W+${SUBJECT}$`) }).click();
    await sent.getByRole('heading', { level: 2, name: SUBJECT }).waitFor();
    await sent.locator('.preview-body[lang="de"] strong').getByText('12. Dezember').waitFor();
    await sent.getByText('Beim Start des Versands ging sie an 2 Personen (Deutsch: 2).', { exact: false }).waitFor();
    await assertAccessible(page, 'archived issue, de');

    // The same views in English.
    await page.locator('welcome-admin-console header').getByRole('button', { name: 'English' }).click();
    await sent.getByText('Recipients').first().waitFor();
    await assertAccessible(page, 'archived issue, en');
    await view.getByRole('button', { name: 'Back to the overview' }).click();
    await view.getByText('Confirmed subscriptions in total: 4').waitFor();
    await assertAccessible(page, 'overview, en');
    await view.getByRole('button', { name: 'Write a new issue' }).click();
    await composer.getByRole('heading', { name: 'Write a new issue' }).waitFor();
    await assertAccessible(page, 'new issue, en');
    await composer.getByRole('button', { name: 'Save draft' }).click();
    await composer.getByText('Please choose at least one topic.').waitFor();
    await assertAccessible(page, 'new issue with errors, en');
    await composer.getByLabel('For employers').check();
    await composer.getByLabel('English', { exact: true }).check();
    await composer.getByLabel('Subject (German)').fill('Neue Regeln für Arbeitgeber');
    await composer.getByLabel('Message text (German, Markdown)').fill('Was sich **ändert**.');
    await composer.getByLabel('Subject (English)').fill('New rules for employers');
    await composer.getByLabel('Message text (English, Markdown)').fill('What **changes**.');
    await composer.getByRole('button', { name: 'Preview' }).click();
    await composer.locator('.preview-body[lang="en"] strong').getByText('changes').waitFor();
    await assertAccessible(page, 'preview, en');
    await composer.getByRole('button', { name: 'Send …' }).click();
    await confirmation.getByRole('button', { name: 'Send to 3 people now' }).waitFor();
    await assertAccessible(page, 'confirm sending, en');
    // Not sent after all: the draft is deleted.
    await confirmation.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await focusedElement(page), 'button#ask-send');
    // A change after the question takes the question back: what is sent is what was counted.
    await composer.getByRole('button', { name: 'Send …' }).click();
    await confirmation.waitFor();
    await composer.getByLabel('Subject (English)').fill('New rules for employers in 2027');
    await confirmation.waitFor({ state: 'detached' });
    await composer.getByRole('button', { name: 'Delete draft …' }).click();
    await composer.getByRole('button', { name: 'Delete the draft for good' }).click();
    await view.getByText('The draft has been deleted.').waitFor();
    assert.equal(await view.locator('ul[aria-labelledby="drafts-heading"] > li').count(), 0);
    await assertAccessible(page, 'overview after deleting, en');
    assert.equal(live.server.sink.mails.filter((mail) => mail.subject === 'New rules for employers').length, 0);

    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the page policy');
    assert.deepEqual(withoutRefusals(problems), [], 'no errors in the console');
    assert.deepEqual(thirdParty(requests, live.server.url), [], 'no requests elsewhere');
    await context.close();
  });

  it('fits a 320 px screen: the overview and the form, the tables scrolling within their frames', async () => {
    const { context, page } = await open('de-DE', 320);
    await signIn(page);
    const view = page.locator('welcome-admin-newsletter');
    await view.getByText(/Bestätigte Abonnements insgesamt: \d+/).waitFor();
    const overflow = () => sidewaysScroll(page);
    assert.ok((await overflow()) <= 0, `at 320 px the overview scrolls sideways by ${await overflow()}px`);
    await view.getByRole('button', { name: 'Neue Ausgabe schreiben' }).click();
    await page.locator('welcome-admin-newsletter-composer').getByLabel('Betreff (Deutsch)').waitFor();
    assert.ok((await overflow()) <= 0, `at 320 px the form scrolls sideways by ${await overflow()}px`);
    await context.close();
  });
});
