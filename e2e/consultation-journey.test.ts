import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { encodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import { serverAndBrowser, thirdParty, watch } from './browser.js';

interface QuickcheckCase {
  name: string;
  profile: Answers;
}
const cases = JSON.parse(
  readFileSync(new URL('../packages/domain/test/fixtures/quickcheck-cases.json', import.meta.url), 'utf8'),
);
const economist = (cases.cases ?? cases).find((c: QuickcheckCase) =>
  c.name.startsWith('Indian economist'),
) as QuickcheckCase;

describe('from the quickcheck to a booked and cancelled consultation, as a person abroad clicks it', () => {
  const live = serverAndBrowser();

  async function freeStarts(topic: string, day: string): Promise<string[]> {
    const response = await fetch(`${live.server.url}/api/v1/appointments/slots?topic=${topic}&from=${day}&to=${day}`);
    return ((await response.json()) as { slots: { start: string }[] }).slots.map((slot) => slot.start);
  }

  it('shared result link → booking page with the topic → held in Indian time → confirmed by the link in the hold mail → mail with .ics → cancelled by the mail link', async () => {
    // A phone in Bengaluru: the consultants sit in Freiberg.
    const context = await live.browser.newContext({
      viewport: { width: 390, height: 844 },
      timezoneId: 'Asia/Kolkata',
    });
    const page: Page = await context.newPage();
    const { requests, problems } = watch(page);

    // A shared quickcheck link opens straight on the result.
    await page.goto(`${live.server.url}/#${encodeAnswers(economist.profile)}`);
    const quickcheck = page.locator('welcome-quickcheck');
    await quickcheck.locator('.result').waitFor();
    assert.match((await quickcheck.locator('.result').textContent()) ?? '', /Blaue Karte/);
    const answersSent = requests.filter((url) => /52000|citizenship/.test(url));
    assert.deepEqual(answersSent, [], 'the answers never leave the device');

    await quickcheck.getByRole('link', { name: 'Beratung buchen' }).click();
    await page.waitForURL(/\/beratung\.html\?topic=work-visa/);

    const picker = page.locator('welcome-appointment-picker');
    await picker.locator('#topic-work-visa:checked').waitFor({ state: 'attached' });
    await picker.locator('table[aria-busy=false]').waitFor();
    let day = picker.locator('button.day.has-slots').first();
    for (let month = 0; month < 3 && (await day.count()) === 0; month++) {
      await picker.locator('.month-step').last().click();
      await picker.locator('table[aria-busy=false]').waitFor();
      day = picker.locator('button.day.has-slots').first();
    }
    await day.click();
    const slot = picker.locator('button.slot').first();
    const start = (await slot.getAttribute('data-start'))!;
    const slotText = (await slot.textContent())!.replace(/\s+/g, ' ').trim();
    assert.match(slotText, /Uhr in Berlin/, 'Berlin time beside Indian time');
    const indianTime = new Intl.DateTimeFormat('de', {
      timeZone: 'Asia/Kolkata',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(start));
    assert.ok(slotText.startsWith(indianTime), `"${slotText}" starts with ${indianTime} (India)`);
    await slot.click();

    const email = 'ananya.rao@example.org';
    await picker.getByLabel('Name', { exact: true }).fill('Ananya Rao');
    await picker.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await picker.getByLabel('Sprache des Gesprächs').selectOption('en');
    await picker.getByLabel('Ihre Frage (freiwillig)').fill('Blue Card with a job offer in Freiberg.');
    await picker.getByLabel(/Ich bin einverstanden/).check();
    await picker.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await picker.getByText('Fast geschafft: Bitte bestätigen Sie Ihren Termin.').waitFor();
    const held = (await picker.locator('.held-text').textContent()) ?? '';
    assert.ok(held.includes(email), `the address the link went to: ${held}`);
    assert.match(held, /innerhalb von 30 Minuten \(bis \d{2}:\d{2} Uhr\)/);
    assert.equal(await picker.locator('a[download]').count(), 0, 'no calendar file before confirming');
    assert.ok(!(await freeStarts('work-visa', start.slice(0, 10))).includes(start), 'the held slot is taken');

    // The hold mail, in English (the language of the talk): the link confirms.
    const hold = await live.server.sink.next(email);
    assert.match(hold.subject, /^Please confirm your appointment: /);
    assert.equal(hold.attachments.length, 0);
    const confirmLink = /https?:\/\/\S*appointment-confirm=[^\s>)]+/.exec(hold.text)?.[0];
    assert.ok(confirmLink, hold.text);
    await page.goto(confirmLink);
    await picker.getByText('Your appointment is booked.').waitFor();
    assert.doesNotMatch(page.url(), /appointment-confirm/, 'the token leaves the address bar');
    assert.ok(
      (await picker.locator('.when').textContent())?.includes('India Standard Time'),
      'the confirmed view in the person’s zone',
    );
    assert.equal(await picker.locator('a[download]').count(), 1, 'the calendar file');

    const mail = await live.server.sink.next(email);
    assert.ok(
      mail.attachments.some((a) => a.content.includes(`DTSTART:${start.replace(/[-:]/g, '').replace(/\.\d+/, '')}`)),
      'the calendar file holds the booked time',
    );
    // The booker chose English for the talk: the mail and the cancel page follow.
    assert.match(mail.text, /India Standard Time \(GMT\+5:30\)/, 'the mail names the booker’s zone');
    assert.match(mail.text, /Central European Time \(GMT\+[12]\)/, 'and the office’s');
    const cancelLink = /https?:\/\/\S*appointment-cancel=[^\s>)]+/.exec(mail.text)?.[0];
    assert.ok(cancelLink, mail.text);

    const [proof] = await live.server.database.rows<{
      source_page: string;
      widget_version: string;
      status: string;
      confirmed_at: string | null;
    }>(sql`select source_page, widget_version, status, confirmed_at from appointment_bookings where email = ${email}`);
    assert.ok(proof);
    assert.equal(
      proof.source_page,
      `${live.server.url}/beratung.html`,
      'proof of consent names the page, without query',
    );
    assert.ok(proof.widget_version, 'and the widget version');
    assert.equal(proof.status, 'booked');
    assert.ok(proof.confirmed_at, 'and when the link in the mail confirmed it');

    await page.goto(cancelLink);
    await picker.getByText('Do you want to cancel this appointment?').waitFor();
    assert.doesNotMatch(page.url(), /appointment-cancel/, 'the token leaves the address bar');
    await picker.getByRole('button', { name: 'Yes, cancel' }).click();
    await picker.getByText('Your appointment has been cancelled.').waitFor();
    assert.ok((await freeStarts('work-visa', start.slice(0, 10))).includes(start), 'the slot is free again');

    assert.deepEqual(await context.cookies(), [], 'no cookies');
    assert.deepEqual(thirdParty(requests, live.server.url), [], 'no third-party requests');
    assert.deepEqual(problems, [], 'no errors in the console');
    await context.close();
  });
});
