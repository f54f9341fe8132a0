import { appointmentHandlers, mockFetch } from '@welcome-widgets/api-mock';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
  formShown,
  nextMail,
  picker,
  root,
  slotsFor,
  text,
  withAddress,
} from './support/harness.js';

describe('<welcome-appointment-picker> against the real server', () => {
  it('books with the keyboard alone, is confirmed by the link in the mail, mails a valid calendar file, cancels, and frees the slot', async () => {
    const el = await picker({ topic: 'work-visa' });
    const email = address();
    await firstFreeDay(el);
    // Tab into the calendar: the roving tab stop is on the first day with free times.
    $<HTMLButtonElement>(el, 'button.day[tabindex="0"]')!.focus();
    expect(active(el)!.classList.contains('has-slots')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('slots-heading');
    await sendKeys({ press: 'Tab' });
    const start = (root(el).activeElement as HTMLElement).dataset.start!;
    await sendKeys({ press: 'Enter' });
    await formShown(el);
    expect(root(el).activeElement?.id).to.equal('name');
    await sendKeys({ type: 'Nguyễn Thị Lan' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: email });
    await sendKeys({ press: 'Tab' }); // language
    await sendKeys({ press: 'Tab' }); // message
    await sendKeys({ type: 'Ich habe ein Jobangebot als Pflegefachkraft.' });
    await sendKeys({ press: 'Tab' }); // consent
    expect(active(el)?.id).to.equal('consent');
    await sendKeys({ press: 'Space' });
    const held = oneEvent(el, 'welcome-booking-held');
    await sendKeys({ press: 'Enter' });
    const heldDetail = ((await held) as CustomEvent).detail;
    expect(heldDetail.start).to.equal(start);
    expect(Object.keys(heldDetail).sort()).to.deep.equal(['end', 'holdExpiresAt', 'id', 'start', 'topic']);
    await waitUntil(() => active(el)?.id === 'outcome', 'the held box focused');
    expect(text(el)).to.contain('Fast geschafft');
    expect(text(el)).to.contain(email);
    expect($(el, 'a[download]'), 'no calendar file before confirmation').to.equal(null);
    expect((await slotsFor('work-visa', start)).includes(start), 'slot held').to.equal(false);

    // The person opens the link in the hold mail: the page confirms and shows the booking.
    const link = await confirmLinkFor(email);
    const confirmedEl = await withAddress(link.url.search, async () => {
      const page = await picker();
      expect(location.search, 'token gone from the address bar').not.to.contain('appointment-confirm');
      return page;
    });
    expect(text(confirmedEl)).to.contain('Ihr Termin ist gebucht.');
    expect($(confirmedEl, '.when')!.textContent, 'the zone named as in the mail').to.match(
      /Uhr, Mitteleuropäische Zeit \(GMT\+[12]\)/,
    );
    await waitUntil(() => active(confirmedEl)?.id === 'outcome', 'the confirmation focused');
    const detail = { id: link.id };
    expect(link.id).to.equal(heldDetail.id);

    const mail = await nextMail(email);
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics') || a.contentType.startsWith('text/calendar'));
    expect(ics, 'calendar attachment').to.not.equal(undefined);
    const compact = start.replace(/[-:]/g, '').replace(/\.\d+/, '');
    expect(ics!.content).to.match(/BEGIN:VCALENDAR\r\n/);
    expect(ics!.content).to.contain(`DTSTART:${compact}`);
    expect(ics!.content).to.match(/\r\nUID:[^\r\n]+\r\n/);
    expect(ics!.content).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics!.content).to.match(/METHOD:REQUEST/);

    const icsLink = $<HTMLAnchorElement>(confirmedEl, 'a[download]')!;
    const download = await fetch(icsLink.href);
    expect(download.status).to.equal(200);
    expect(await download.text()).to.contain(`DTSTART:${compact}`);

    // Cancel with the keyboard: Tab from the focused box to the calendar link, then the cancel button.
    await sendKeys({ press: 'Tab' });
    if (active(confirmedEl)?.tagName === 'A' && !active(confirmedEl)!.hasAttribute('download')) {
      await sendKeys({ press: 'Tab' }); // the video link comes first when the server names one
    }
    expect(active(confirmedEl)?.hasAttribute('download'), 'the calendar file').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(confirmedEl)?.textContent).to.contain('Termin absagen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(confirmedEl, '#cancel-question'), 'the cancel question');
    expect(text(confirmedEl), 'which appointment').to.contain('Visum und Aufenthaltstitel zum Arbeiten');
    const cancelled = oneEvent(confirmedEl, 'welcome-booking-cancelled');
    [...root(confirmedEl).querySelectorAll('button')].find((b) => b.textContent!.includes('Ja, absagen'))!.click();
    expect(((await cancelled) as CustomEvent).detail).to.deep.equal({ id: detail.id });
    await confirmedEl.updateComplete;
    expect(text(confirmedEl)).to.contain('Ihr Termin ist abgesagt.');
    expect(await slotsFor('work-visa', start)).to.include(start);
    const cancellation = await nextMail(email);
    expect(cancellation.attachments.some((a) => a.content.includes('METHOD:CANCEL'))).to.equal(true);
  });

  it('cancels with the link from the confirmation mail, and removes the token from the address bar', async () => {
    const el0 = await picker({ topic: 'work-visa' });
    const start = await chooseFirstSlot(el0);
    const { email } = await bookDirectly('work-visa', start);
    const mail = await nextMail(email);
    const link = new URL(/https?:\/\/\S*appointment-cancel=[^\s>)]+/.exec(mail.text)![0]);
    history.replaceState(null, '', `${location.pathname}${link.search}`);
    try {
      const el = await picker({ lang: 'vi' });
      expect(location.search, 'token gone from the address bar').to.not.contain('appointment-cancel');
      await expect(el).to.be.accessible();
      const cancelled = oneEvent(el, 'welcome-booking-cancelled');
      $<HTMLButtonElement>(el, '.confirm-actions .primary')!.click();
      await cancelled;
      expect(await slotsFor('work-visa', start)).to.include(start);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('keeps everything typed when the slot was taken meanwhile, and shows the refreshed times', async () => {
    const el = await picker({ topic: 'work-visa' });
    const start = await chooseFirstSlot(el);
    fill(el, { name: 'Ana García', email: address() });
    $<HTMLInputElement>(el, '#consent')!.click();
    // Someone else books the same slot first.
    const other = await fetch(`${await apiOf()}/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        topic: 'work-visa',
        start,
        name: 'Other',
        email: address(),
        language: 'de',
        consent: true,
      }),
    });
    expect(other.status).to.equal(201, 'held for the other person: taken');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => text(el).includes('gerade vergeben'), 'the slot-gone message', { timeout: 5000 });
    await waitUntil(() => $(el, 'table[aria-busy=false]'), 'the refreshed times', { timeout: 5000 });
    expect($(el, `button.slot[data-start="${start}"]`), 'the taken time is gone').to.equal(null);
    await chooseFirstSlotOnSameDay(el);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Ana García');
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
  });

  it('keeps the form when the network fails', async () => {
    const failingPost: typeof fetch = (input, init) =>
      (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase() === 'POST'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetch(input, init);
    const el = await picker({ topic: 'work-visa', fetch: failingPost });
    await chooseFirstSlot(el);
    fill(el, { name: 'Oleksandr', email: address() });
    $<HTMLInputElement>(el, '#consent')!.click();
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => $(el, '.problem .error-notice'), 'the network problem', { timeout: 8000 });
    expect($(el, '.problem')!.textContent).to.contain('Keine Verbindung');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Oleksandr');
    await expect(el).to.be.accessible();
  });

  it('marks invalid fields with translated messages and focuses the first', async () => {
    const el = await picker({ topic: 'work-visa', lang: 'en' });
    await chooseFirstSlot(el);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#name-error')!.textContent).to.contain('Please');
    expect($<HTMLInputElement>(el, '#name')!.getAttribute('aria-describedby')).to.contain('name-error');
    expect(root(el).activeElement?.id).to.equal('name');
    await expect(el).to.be.accessible();
  });

  it('shows times in the viewer’s zone, names it, and adds Berlin time', async () => {
    const el = await picker({ topic: 'work-visa', timezone: 'Asia/Kolkata' });
    expect($(el, '.timezone')!.textContent).to.match(/GMT\+5:30|GMT\+05:30/);
    (await firstFreeDay(el)).click();
    await el.updateComplete;
    const slot = $<HTMLButtonElement>(el, 'button.slot')!;
    const start = new Date(slot.dataset.start!);
    const kolkata = new Intl.DateTimeFormat('de', {
      timeZone: 'Asia/Kolkata',
      hour: '2-digit',
      minute: '2-digit',
    }).format(start);
    const berlin = new Intl.DateTimeFormat('de', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    }).format(start);
    expect(slot.querySelector('.slot-time')!.textContent).to.contain(kolkata);
    expect(slot.querySelector('.slot-berlin')!.textContent).to.contain(`${berlin} Uhr in Berlin`);
  });

  it('takes the topic from ?topic= and lets the person choose otherwise', async () => {
    const el = await picker();
    expect(root(el).querySelectorAll('.topics input[type=radio]').length).to.be.greaterThan(1);
    history.replaceState(null, '', '?topic=employers');
    try {
      const linked = await picker();
      expect($<HTMLInputElement>(linked, '#topic-employers')!.checked).to.equal(true);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('moves through the date grid with the keys of the APG date picker, mirrored in Arabic', async () => {
    for (const lang of ['de', 'ar']) {
      const el = await picker({ topic: 'work-visa', lang });
      await waitUntil(() => $(el, 'table[aria-busy=false]'));
      const focused = () => (root(el).activeElement as HTMLElement | null)?.dataset.day;
      const start = $<HTMLButtonElement>(el, 'button.day[tabindex="0"]')!;
      start.focus();
      const day0 = start.dataset.day!;
      const shift = (day: string, n: number) => {
        const d = new Date(`${day}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + n);
        return d.toISOString().slice(0, 10);
      };
      await sendKeys({ press: lang === 'ar' ? 'ArrowLeft' : 'ArrowRight' });
      await el.updateComplete;
      expect(focused(), `${lang}: forward one day`).to.equal(shift(day0, 1));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused()).to.equal(shift(day0, 8));
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(focused()!.slice(5, 7)).to.not.equal(shift(day0, 8).slice(5, 7));
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(focused()).to.equal(shift(day0, 8));
    }
  });

  for (const lang of ['de', 'en', 'ar']) {
    it(`is axe-clean in every step (${lang})`, async () => {
      const booker = await picker({ lang });
      await expect(booker).to.be.accessible();
      $<HTMLInputElement>(booker, '#topic-work-visa')!.click();
      await booker.updateComplete;
      (await firstFreeDay(booker)).click();
      await booker.updateComplete;
      await expect(booker).to.be.accessible();
      $<HTMLButtonElement>(booker, 'button.slot')!.click();
      await formShown(booker);
      await expect(booker).to.be.accessible();
      const email = address();
      fill(booker, { name: 'Test', email });
      $<HTMLInputElement>(booker, '#consent')!.click();
      $<HTMLButtonElement>(booker, 'button[type=submit]')!.click();
      await waitUntil(() => $(booker, '#outcome'), 'held', { timeout: 5000 });
      await expect(booker).to.be.accessible();
      const link = await confirmLinkFor(email);
      const el = await withAddress(link.url.search, () => picker({ lang }));
      await waitUntil(() => $(el, '#outcome[data-tone=success]'), 'confirmed', { timeout: 5000 });
      await expect(el).to.be.accessible();
      [...root(el).querySelectorAll<HTMLButtonElement>('button.secondary')].at(-1)!.click();
      await waitUntil(() => $(el, '#cancel-question'), 'the cancel question', { timeout: 5000 });
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.confirm-actions .primary')!.click();
      await waitUntil(() => $(el, '#outcome[data-tone=success]'), 'cancelled', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px, and the time-zone popover stays inside the viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await picker({ topic: 'work-visa', lang: 'uk' });
      await firstFreeDay(el);
      const section = $(el, '.root')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
      $<HTMLButtonElement>(el, '#tz-button')!.click();
      // The zone search is a part loaded on demand: type once its field has the focus.
      await waitUntil(() => active(el)?.id === 'tz-input', 'the search field focused', { timeout: 5000 });
      await sendKeys({ type: 'Caracas' });
      await waitUntil(() => $(el, '#tz-listbox [role=option]'), 'Caracas found', { timeout: 5000 });
      const list = $<HTMLElement>(el, '#tz-listbox')!;
      const box = list.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '#tz-input'), 'the search closes').to.equal(null);
      expect($(el, '.timezone')!.textContent).to.match(/GMT-4|GMT-04/);
      (await firstFreeDay(el)).click();
      await el.updateComplete;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
      $<HTMLButtonElement>(el, 'button.slot')!.click();
      await formShown(el);
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

async function chooseFirstSlotOnSameDay(el: WelcomeAppointmentPicker) {
  const slot = $<HTMLButtonElement>(el, 'button.slot');
  if (slot) {
    slot.click();
  } else {
    (await firstFreeDay(el)).click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.slot')!.click();
  }
  await formShown(el);
}

describe('<welcome-appointment-picker> when the server fails', () => {
  for (const [scenario, expected] of [
    ['error', 'schiefgegangen'],
    ['malformed', 'schiefgegangen'],
    ['offline', 'Keine Verbindung'],
  ] as const) {
    it(`shows a translated error with retry (${scenario}), axe-clean`, async () => {
      const el = await fixture<WelcomeAppointmentPicker>(
        html`<welcome-appointment-picker
          .apiFetch=${mockFetch(appointmentHandlers(scenario))}
        ></welcome-appointment-picker>`,
      );
      await waitUntil(() => $(el, '[role=alert]'), 'the error', { timeout: 8000 });
      expect($(el, '[role=alert]')!.textContent).to.contain(expected);
      expect($(el, '[role=alert] button')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
