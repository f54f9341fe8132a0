import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import {
  $,
  active,
  address,
  apiOf,
  bookDirectly,
  chooseFirstSlot,
  confirmLinkFor,
  fill,
  firstFreeDay,
  picker,
  root,
  withAddress,
} from './support/harness.js';

/** What makes an outcome visible: a full border, a tint against the page, a bold title, the focus. */
function expectVisibleOutcome(el: WelcomeAppointmentPicker, id: string, tone: string): void {
  const box = $(el, `#${id}`)!;
  expect(box.dataset.tone, `${id}: tone`).to.equal(tone);
  expect(active(el), `${id}: focused`).to.equal(box);
  const style = getComputedStyle(box);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(parseFloat(style[`border${side}Width`]), `${id}: border ${side}`).to.be.at.least(2);
    expect(style[`border${side}Style`]).to.equal('solid');
  }
  expect(style.backgroundColor, `${id}: tinted`).not.to.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']);
  const title = $(el, `#${id}-title`)!;
  expect(Number(getComputedStyle(title).fontWeight), `${id}: bold title`).to.be.at.least(700);
}

describe('<welcome-appointment-picker> outcomes', () => {
  it('shows "check your mail" and then "booked" as focused boxes, also in forced colours', async () => {
    const booker = await picker({ topic: 'work-visa' });
    await chooseFirstSlot(booker);
    const email = address();
    fill(booker, { name: 'Amal', email });
    $<HTMLInputElement>(booker, '#consent')!.click();
    $<HTMLButtonElement>(booker, 'button[type=submit]')!.click();
    await waitUntil(() => active(booker)?.id === 'outcome', 'the outcome focused', { timeout: 5000 });
    expect($(booker, '#outcome-title')!.textContent).to.contain('Fast geschafft');
    expectVisibleOutcome(booker, 'outcome', 'info');

    const link = await confirmLinkFor(email);
    const el = await withAddress(link.url.search, () => picker());
    await waitUntil(() => active(el)?.id === 'outcome', 'the confirmation focused', { timeout: 5000 });
    expect($(el, '#outcome-title')!.textContent).to.contain('Ihr Termin ist gebucht.');
    expectVisibleOutcome(el, 'outcome', 'success');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const style = getComputedStyle($(el, '#outcome')!);
      expect(parseFloat(style.borderTopWidth), 'border kept in forced colours').to.be.at.least(2);
      expect(style.borderTopStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    await expect(el).to.be.accessible();
  });

  it('shows "just taken" as a focused warning box above the refreshed times', async () => {
    const el = await picker({ topic: 'work-visa' });
    const start = await chooseFirstSlot(el);
    fill(el, { name: 'Ana García', email: address() });
    $<HTMLInputElement>(el, '#consent')!.click();
    await bookDirectly('work-visa', start);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => active(el)?.id === 'slot-gone', 'the warning focused', { timeout: 5000 });
    expect($(el, '#slot-gone-title')!.textContent).to.contain('Diese Zeit wurde gerade vergeben.');
    expectVisibleOutcome(el, 'slot-gone', 'warning');
    await waitUntil(() => $(el, 'table[aria-busy=false]'), 'the refreshed times', { timeout: 5000 });
    expect($(el, `button.slot[data-start="${start}"]`), 'the taken time is gone').to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<welcome-appointment-picker> calendar', () => {
  it('Tab into a month lands on its first day with free times', async () => {
    const el = await picker({ topic: 'work-visa' });
    await firstFreeDay(el);
    $<HTMLButtonElement>(el, '.month-step:last-of-type')!.click();
    await waitUntil(() => $(el, 'table[aria-busy=false]'), 'the next month', { timeout: 5000 });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#tz-button')!.focus();
    for (let i = 0; i < 4 && !active(el)?.dataset.day; i++) await sendKeys({ press: 'Tab' });
    const first = $<HTMLButtonElement>(el, 'button.day.has-slots')!;
    expect(active(el)?.dataset.day, 'the tab stop').to.equal(first.dataset.day);
    expect(root(el).querySelectorAll('button.day[tabindex="0"]').length).to.equal(1);
  });

  it('counts free times with the plural rules of the language', async () => {
    // A day far ahead left with exactly one free time: the others booked straight at the server
    // (times overlap, so each booking may take several).
    const from = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const berlinDay = (s: { start: string }) =>
      new Date(s.start).toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
    const free = async (day?: string) => {
      const response = await fetch(
        `${await apiOf()}/v1/appointments/slots?topic=opportunity-card&from=${day ?? from}&to=${day ?? to}`,
      );
      return ((await response.json()) as { slots: { start: string }[] }).slots;
    };
    const perDay = new Map<string, number>();
    for (const slot of await free()) perDay.set(berlinDay(slot), (perDay.get(berlinDay(slot)) ?? 0) + 1);
    const day = [...perDay].sort((a, b) => a[1] - b[1])[0]![0];
    for (let left = await free(day); left.length > 1; left = await free(day)) {
      await bookDirectly('opportunity-card', left.at(-1)!.start);
    }
    expect((await free(day)).length).to.equal(1);

    for (const [lang, one, many] of [
      ['de', /^1 freier Termin$/, /^\d+ freie Termine$/],
      ['ru', /^1 свободное окно$/, /^\d+ свободн/],
    ] as const) {
      const el = await picker({ topic: 'opportunity-card', lang });
      await waitUntil(() => $(el, 'table[aria-busy=false]'), 'slots', { timeout: 5000 });
      while (!$(el, `button[data-day="${day}"]`)) {
        $<HTMLButtonElement>(el, '.month-step:last-of-type')!.click();
        await waitUntil(() => $(el, 'table[aria-busy=false]'), 'the month', { timeout: 5000 });
      }
      // A month step's "not busy" may be seen before the new month starts loading: wait for the day's time.
      await waitUntil(() => $(el, `button[data-day="${day}"].has-slots`), 'the day’s free time', { timeout: 5000 });
      const label = (d: string) => $(el, `button[data-day="${d}"]`)!.getAttribute('aria-label')!.split(', ').at(-1)!;
      expect(label(day), `${lang}: one`).to.match(one);
      for (const button of root(el).querySelectorAll<HTMLButtonElement>('button.day.has-slots')) {
        const count = parseInt(label(button.dataset.day!), 10);
        expect(label(button.dataset.day!), `${lang}: ${count}`).to.match(count === 1 ? one : many);
      }
    }
  });

  it('states in the consent when the data is deleted, as the server applies it', async () => {
    const topics = (await (await fetch(`${await apiOf()}/v1/appointments/topics?lang=de`)).json()) as {
      retentionDays?: number;
    };
    const days = topics.retentionDays ?? 30;
    const el = await picker({ topic: 'work-visa' });
    await chooseFirstSlot(el);
    const consent = $(el, 'label[for=consent]')!.textContent!;
    expect(consent).to.contain(`${days} Tage nach dem Termin werden die Angaben gelöscht.`);
    expect(consent).not.to.contain('Nach dem Termin werden die Angaben gelöscht.');
  });
});
