import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  bookAndConfirm,
  testAppointmentContent,
  writeContent,
} from '../packages/server/test/support/appointment-fixture.js';
import { startTestServer, type TestServer } from '../packages/server/test/support/test-server.js';
import { launchChromium, thirdParty } from './browser.js';
import { policyViolations } from './policy-violations.js';
import {
  assertAccessible,
  createStaffAccount,
  openConsole,
  sidewaysScroll,
  signInAs,
  withoutRefusals as withoutAnyRefusals,
} from './staff-console.js';

/** Tuesday 31 March 2026, 08:00 in Berlin; berater-a works Tuesdays 09:00–12:00 and Thursdays 13:00–16:00. */
const NOW = new Date('2026-03-31T06:00:00Z');
const CONSULTANT = {
  email: 'anna.berger@example.org',
  name: 'Anna Berger',
  password: 'Beratung mit Herz und Verstand',
};
const EDITOR = { email: 'redaktion@example.org', name: 'Ede Redlich', password: 'ein Ring, sie zu knechten 42' };
const OLENA = { email: 'olena@example.org', name: 'Olena Kovalenko' };
const MARCO = { email: 'marco@example.org', name: 'Marco Rossi' };
const REASON = 'Ich bin leider krank geworden.\nBitte buchen Sie einen neuen Termin.';

async function assertNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const overflow = await sidewaysScroll(page);
  assert.ok(overflow <= 0, `${state}: at 320 px the console scrolls sideways by ${overflow}px`);
}

/** Chromium logs every 422 as a failed load: the answers to a form sent with a mistake, not errors of the page. */
const withoutRefusals = (problems: string[]) =>
  withoutAnyRefusals(problems, ['401 (Unauthorized)', '422 (Unprocessable Entity)']);

describe("the console's calendars: a consultant's bookings, absences and feed; the editors' offer", () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    const content = testAppointmentContent();
    // Bookable from now on: today's 09:00 can still be booked at 08:00.
    content.horizon = { minHoursAhead: 0, maxWeeksAhead: 8 };
    const staticRoot = process.env.STATIC_ROOT;
    server = await startTestServer(
      {
        APPOINTMENTS_CONFIG: writeContent(content),
        DEMO_PAGES: 'false',
        ...(staticRoot ? { STATIC_ROOT: staticRoot } : {}),
      },
      { now: () => NOW },
    );
    browser = await launchChromium();
    // berater-a is only in this database, not in the shipped file the CLI would read: it checks the database.
    const env = { DATABASE_URL: server.database.url, PUBLIC_URL: server.url };
    await createStaffAccount(env, CONSULTANT, 'consultant', ['--consultant', 'berater-a']);
    await createStaffAccount(env, EDITOR, 'editor');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(locale: string, width?: number) {
    const visit = await openConsole(browser, locale, width);
    await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    return visit;
  }

  async function signIn(page: Page, account: { email: string; password: string }, route: string): Promise<void> {
    await page.goto(`${server.url}/admin/#/${route}`);
    await signInAs(page, account, {
      email: /^(E-Mail-Adresse|E-mail address)$/,
      password: /^(Passwort|Password)$/,
      submit: /^(Anmelden|Sign in)$/,
    });
  }

  const slotStarts = async (from: string, to: string) => {
    const response = await server.api(`/v1/appointments/slots?topic=recognition&from=${from}&to=${to}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { slots: Array<{ start: string }> }).slots.map((slot) => slot.start);
  };

  it('a consultant sees today and the week, cancels with a reason the booker reads, sets an absence, subscribes to the feed', async () => {
    // Two bookings through the public API, each confirmed from its hold mail as the booker would.
    await bookAndConfirm(server, {
      topic: 'recognition',
      start: '2026-03-31T07:00:00Z',
      name: OLENA.name,
      email: OLENA.email,
      language: 'uk',
      mailLanguage: 'uk',
      timeZone: 'Europe/Kyiv',
      message: 'Wie lange dauert die Anerkennung meines Diploms?',
      consent: true,
    });
    await bookAndConfirm(server, {
      topic: 'recognition',
      start: '2026-04-02T11:00:00Z',
      name: MARCO.name,
      email: MARCO.email,
      language: 'de',
      mailLanguage: 'de',
      timeZone: 'America/Sao_Paulo',
      message: 'Welche Unterlagen brauche ich?',
      consent: true,
    });

    const { context, page, problems, requests } = await open('de-DE');
    await signIn(page, CONSULTANT, 'bookings');
    const h1 = page.locator('welcome-admin-console h1');
    await h1.getByText('Termine', { exact: true }).waitFor();
    const nav = page.locator('welcome-admin-console nav');
    assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Termine', 'Kalender', 'Mein Konto']);

    // Today: Olena's booking at 09:00 Berlin, 10:00 in Kyiv, with her question.
    const bookings = page.locator('welcome-admin-bookings');
    await bookings.getByRole('heading', { name: /^Heute, Dienstag, 31\. März 2026$/ }).waitFor();
    const cards = page.locator('welcome-admin-booking-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 1, 'only today');
    const olena = cards.filter({ hasText: OLENA.name });
    await olena.getByRole('heading', { name: /09:00–09:45/ }).waitFor();
    const facts = (await olena.locator('dl').textContent())?.replace(/\s+/g, ' ') ?? '';
    assert.match(facts, /Zeitzone der Person Europe\/Kyiv \(dort 10:00 Uhr\)/, facts);
    assert.match(facts, /Frage Wie lange dauert die Anerkennung meines Diploms\?/, facts);
    assert.match(facts, /Sprache des Gesprächs Ukrainisch/, facts);
    await assertAccessible(page, 'bookings today, de');

    // The week: both, by day.
    await bookings.getByLabel('Diese Woche (7 Tage ab heute)').check();
    await bookings.getByRole('heading', { name: 'Donnerstag, 2. April 2026' }).waitFor();
    await cards.filter({ hasText: MARCO.name }).waitFor();
    assert.equal(await cards.count(), 2);
    assert.match(
      (await cards.filter({ hasText: MARCO.name }).locator('dl').textContent())?.replace(/\s+/g, ' ') ?? '',
      /America\/Sao_Paulo \(dort 08:00 Uhr\)/,
    );
    await assertAccessible(page, 'bookings of the week, de');

    // Cancelling Olena's: the reason first (required, said at its field), then a last look.
    await olena.getByRole('button', { name: `Termin mit ${OLENA.name} absagen …` }).click();
    await olena.getByRole('button', { name: 'Weiter' }).click();
    await olena.getByText('Bitte schreiben Sie den Grund der Absage; die Person liest ihn in der E-Mail.').waitFor();
    assert.equal(await olena.getByLabel('Grund der Absage').getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'cancel without a reason, de');
    await olena.getByLabel('Grund der Absage').fill(REASON);
    await olena.getByRole('button', { name: 'Weiter' }).click();
    await olena.getByText(`Wirklich absagen? ${OLENA.name} erhält eine E-Mail mit diesem Grund:`).waitFor();
    await assertAccessible(page, 'cancel confirmation, de');
    // Back to the reason keeps it as typed.
    await olena.getByRole('button', { name: 'Zurück zum Grund' }).click();
    assert.equal(await olena.getByLabel('Grund der Absage').inputValue(), REASON);
    await olena.getByRole('button', { name: 'Weiter' }).click();
    await olena.getByRole('button', { name: 'Ja, Termin absagen' }).click();
    await olena.getByText('Der Termin ist abgesagt; die Person erhält die E-Mail mit Ihrem Grund.').waitFor();
    const cancelledFacts = (await olena.locator('dl').textContent())?.replace(/\s+/g, ' ') ?? '';
    assert.match(cancelledFacts, /Stand abgesagt/);
    assert.equal(await olena.getByRole('button').count(), 0, 'nothing left to cancel');
    await assertAccessible(page, 'booking cancelled, de');

    const mail = await server.sink.next(OLENA.email);
    assert.ok(mail.text.includes(REASON), `the cancellation mail quotes the reason as written:\n${mail.text}`);
    const slotsToday = await slotStarts('2026-03-31', '2026-03-31');
    assert.ok(slotsToday.includes('2026-03-31T07:00:00Z'), "Olena's slot is free again");

    // An absence next week: its days' slots vanish from the public slots API.
    const before = await slotStarts('2026-04-14', '2026-04-16');
    assert.ok(
      before.some((start) => start.startsWith('2026-04-14')) && before.some((start) => start.startsWith('2026-04-16')),
    );
    await nav.getByRole('link', { name: 'Kalender' }).click();
    await h1.getByText('Kalender', { exact: true }).waitFor();
    const calendar = page.locator('welcome-admin-calendar');
    await calendar.getByRole('heading', { name: 'Sprechzeiten jede Woche' }).waitFor();
    assert.equal(await calendar.getByLabel('Wochentag').first().inputValue(), 'tue');
    await assertAccessible(page, 'calendar, de');
    await calendar.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
    await calendar.getByText('Bitte geben Sie ein Datum ein.').waitFor();
    await calendar.getByLabel('Erster Tag').fill('2026-04-16');
    await calendar.getByLabel('Letzter Tag').fill('2026-04-14');
    await calendar.getByLabel('Notiz (nur intern)').fill('Fortbildung');
    await calendar.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
    await calendar.getByText('Das Ende darf nicht vor dem Anfang liegen.').waitFor();
    await assertAccessible(page, 'absence with errors, de');
    assert.equal(await calendar.getByLabel('Notiz (nur intern)').inputValue(), 'Fortbildung', 'what was typed stays');
    await calendar.getByLabel('Erster Tag').fill('2026-04-14');
    await calendar.getByLabel('Letzter Tag').fill('2026-04-16');
    await calendar.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
    await calendar
      .getByText('Die Abwesenheit ist eingetragen; an diesen Tagen gibt es keine freien Termine mehr.')
      .waitFor();
    await calendar.getByRole('button', { name: /^Abwesenheit 14\.04\.2026 bis 16\.04\.2026 entfernen$/ }).waitFor();
    assert.deepEqual(await slotStarts('2026-04-14', '2026-04-16'), [], 'no slots on the absent days');
    assert.ok((await slotStarts('2026-04-21', '2026-04-21')).length > 0, 'the week after is open again');
    await assertAccessible(page, 'absence added, de');

    // Friday hours: a time off the quarter hour is refused at its field (the server's 422), then saved.
    assert.deepEqual(await slotStarts('2026-04-10', '2026-04-10'), [], 'no Friday hours yet');
    await calendar.getByRole('button', { name: 'Sprechzeit hinzufügen' }).click();
    const friday = calendar.getByRole('group', { name: 'Sprechzeit 3' });
    await friday.getByLabel('Wochentag').selectOption('fri');
    await friday.getByLabel('von').fill('09:10');
    await friday.getByLabel('bis').fill('11:00');
    await calendar.getByRole('button', { name: 'Sprechzeiten speichern' }).click();
    await friday
      .getByText('Bitte geben Sie eine Uhrzeit zur Viertelstunde ein, zum Beispiel 09:00 oder 13:45.')
      .waitFor();
    assert.equal(await friday.getByLabel('von').getAttribute('aria-invalid'), 'true');
    assert.equal(await friday.getByLabel('Wochentag').inputValue(), 'fri', 'what was typed stays');
    await assertAccessible(page, 'hours refused at a field, de');
    await friday.getByLabel('von').fill('09:00');
    await calendar.getByRole('button', { name: 'Sprechzeiten speichern' }).click();
    await calendar.getByText('Die Sprechzeiten sind gespeichert; freie Termine folgen ihnen sofort.').waitFor();
    assert.ok((await slotStarts('2026-04-10', '2026-04-10')).includes('2026-04-10T07:00:00Z'), 'Friday 09:00 is free');

    // The private feed: made, copied, and it answers an ICS with the confirmed booking only.
    await calendar.getByText('Zurzeit gibt es kein Kalender-Abo.').waitFor();
    await calendar.getByRole('button', { name: 'Abo-Adresse erstellen' }).click();
    const urlField = calendar.getByLabel('Ihre Abo-Adresse');
    await urlField.waitFor();
    const url = await urlField.inputValue();
    assert.match(url, new RegExp(`^${server.url}/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics$`));
    await calendar.getByRole('button', { name: 'Adresse kopieren' }).click();
    await calendar.getByText('Die Adresse ist kopiert.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    await assertAccessible(page, 'feed address shown, de');
    const feed = await fetch(url);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
    const ics = (await feed.text()).replace(/\r\n /g, '');
    assert.match(ics, new RegExp(MARCO.name));
    assert.match(ics, /DTSTART:20260402T110000Z/);
    assert.doesNotMatch(ics, new RegExp(OLENA.name), 'the cancelled booking is not in the feed');
    await calendar.getByRole('button', { name: 'Abo-Adresse widerrufen' }).click();
    await calendar.getByText('Die Abo-Adresse ist widerrufen; Kalender-Apps erhalten darüber nichts mehr.').waitFor();
    assert.equal((await fetch(url)).status, 404);

    // The same views in English.
    await page.locator('welcome-admin-console header').getByRole('button', { name: 'English' }).click();
    await h1.getByText('Calendar', { exact: true }).waitFor();
    await calendar.getByRole('heading', { name: 'Weekly consultation hours' }).waitFor();
    await assertAccessible(page, 'calendar, en');
    await calendar.getByRole('button', { name: 'Create feed address' }).click();
    await calendar.getByLabel('Your feed address').waitFor();
    await assertAccessible(page, 'feed address shown, en');
    await nav.getByRole('link', { name: 'Appointments' }).click();
    await h1.getByText('Appointments', { exact: true }).waitFor();
    await bookings.getByLabel('Today', { exact: true }).check();
    await bookings.getByRole('heading', { name: /^Today, Tuesday, / }).waitFor();
    await cards.first().waitFor();
    await assertAccessible(page, 'bookings today, en');
    await cards.first().getByText('cancelled', { exact: true }).waitFor();
    await bookings.getByLabel('This week (7 days from today)').check();
    const marco = cards.filter({ hasText: MARCO.name });
    await marco.waitFor();
    await marco.getByRole('button', { name: `Cancel the appointment with ${MARCO.name} …` }).click();
    await marco.getByLabel('Reason for cancelling').fill('Sorry.');
    await marco.getByRole('button', { name: 'Next' }).click();
    await marco.getByRole('button', { name: 'Yes, cancel the appointment' }).waitFor();
    await assertAccessible(page, 'bookings of the week, cancel confirmation, en');
    await marco.getByRole('button', { name: 'Back to the reason' }).click();
    await marco.getByRole('button', { name: 'Keep the appointment' }).click();

    assert.deepEqual(await policyViolations(page, problems), [], 'nothing refused by the page policy');
    assert.deepEqual(withoutRefusals(problems), [], 'no errors in the console');
    assert.deepEqual(thirdParty(requests, server.url), [], 'no requests elsewhere');
    await context.close();
  });

  it('on a phone (320 px) the calendar fits the screen', async () => {
    const { context, page } = await open('de-DE', 320);
    await signIn(page, CONSULTANT, 'calendar');
    // The feed made in English before: it is there, its address not shown again.
    await page
      .locator('welcome-admin-calendar')
      .getByText(/^Ein Kalender-Abo besteht seit /)
      .waitFor();
    assert.equal(await page.locator('welcome-admin-calendar').getByLabel('Ihre Abo-Adresse').count(), 0);
    await assertNoSidewaysScroll(page, 'calendar');
    await page.goto(`${server.url}/admin/#/bookings`);
    await page.locator('welcome-admin-booking-card').first().waitFor();
    await assertNoSidewaysScroll(page, 'bookings');
    await context.close();
  });

  it('an editor edits the offer: a topic refused at its field keeps what was typed, then a closing day empties its day', async () => {
    const { context, page, problems } = await open('en-GB');
    await signIn(page, EDITOR, 'appointments');
    const h1 = page.locator('welcome-admin-console h1');
    await h1.getByText('Consultation offer', { exact: true }).waitFor();
    const nav = page.locator('welcome-admin-console nav');
    assert.deepEqual(
      (await nav.getByRole('link').allTextContents()).filter((name) =>
        ['Appointments', 'Calendar', 'Consultation offer'].includes(name),
      ),
      ['Appointments', 'Calendar', 'Consultation offer'],
    );
    const offer = page.locator('welcome-admin-appointments');
    const topic = page
      .locator('welcome-admin-topic-card')
      .filter({ has: page.getByRole('heading', { name: 'Recognition of foreign qualifications' }) });
    await topic.first().waitFor();
    await assertAccessible(page, 'offer, en');

    // An empty Ukrainian title is said at its field before sending; a language code the server
    // refuses (its 422) at the languages; what was typed stays through both.
    await topic.getByLabel('Title – Українська').fill('');
    await topic.getByLabel('Duration').selectOption('60');
    await topic.getByRole('button', { name: /^Save topic/ }).click();
    await topic.getByText('Please fill in this field.').waitFor();
    assert.equal(await topic.getByLabel('Title – Українська').getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'topic with an empty title, en');
    await topic.getByLabel('Title – Українська').fill('Визнання іноземних кваліфікацій');
    await topic.getByLabel('Languages of the talk').fill('de, en, uk, klingonisch');
    await topic.getByRole('button', { name: /^Save topic/ }).click();
    await topic.getByText('An entry is not possible or appears twice.').waitFor();
    assert.equal(await topic.getByLabel('Languages of the talk').getAttribute('aria-invalid'), 'true');
    assert.equal(await topic.getByLabel('Duration').inputValue(), '60', 'what was typed stays');
    assert.equal(await topic.getByLabel('Title – Українська').inputValue(), 'Визнання іноземних кваліфікацій');
    await assertAccessible(page, 'topic refused by the server at its field, en');
    await topic.getByLabel('Languages of the talk').fill('de, en, uk');
    await topic.getByRole('button', { name: /^Save topic/ }).click();
    await topic.getByText('The topic is saved; the appointment picker shows it so right away.').waitFor();
    const topics = (await (await server.api('/v1/appointments/topics?lang=uk')).json()) as {
      topics: Array<{ id: string; title: string; durationMinutes: number }>;
    };
    const recognition = topics.topics.find((one) => one.id === 'recognition');
    assert.deepEqual([recognition?.title, recognition?.durationMinutes], ['Визнання іноземних кваліфікацій', 60]);

    // A closing day: nobody's slots on it.
    assert.ok((await slotStarts('2026-04-21', '2026-04-21')).length > 0);
    await offer.getByLabel('Date', { exact: true }).fill('2026-04-21');
    await offer.getByLabel('Occasion (internal only)').fill('Betriebsausflug');
    await offer.getByRole('button', { name: 'Add closing day' }).click();
    await offer.getByText('The closing day is added; there are no free appointments on it any more.').waitFor();
    assert.deepEqual(await slotStarts('2026-04-21', '2026-04-21'), []);
    await assertAccessible(page, 'closing day added, en');

    await page.locator('welcome-admin-console header').getByRole('button', { name: 'Deutsch' }).click();
    await h1.getByText('Beratungsangebot', { exact: true }).waitFor();
    await assertAccessible(page, 'offer, de');
    await nav.getByRole('link', { name: 'Kalender' }).click();
    await page.locator('welcome-admin-calendar').getByLabel('Kalender von').waitFor();
    await assertAccessible(page, 'calendar of an editor, de');
    assert.deepEqual(withoutRefusals(problems), [], 'no errors in the console');
    await context.close();
  });
});
