import { MOCK_CANCEL_TOKEN, MOCK_EXPIRED_HOLD_ID, appointmentHandlers, mockFetch } from '@welcome-widgets/api-mock';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import {
  $,
  active,
  address,
  apiOf,
  chooseFirstSlot,
  confirmLinkFor,
  fill,
  freeSlot,
  holdDirectly,
  nextMail,
  picker,
  root,
  slotsFor,
  text,
  withAddress,
} from './support/harness.js';

/**
 * Issue 11, finding 3: a booking is held until the link in the mail confirms it. The widget says
 * where the link went and for how long; the link opens the page, confirms, and shows the booking.
 */

const heading = (el: WelcomeAppointmentPicker) => $(el, '#heading')!.textContent!.trim();
const fitsWidth = (el: WelcomeAppointmentPicker) => {
  const section = $(el, '.root')!;
  return section.scrollWidth <= section.clientWidth + 1;
};

async function submitBooking(el: WelcomeAppointmentPicker, email: string): Promise<string> {
  const start = await chooseFirstSlot(el);
  fill(el, { name: 'Lan Nguyen', email });
  $<HTMLInputElement>(el, '#consent')!.click();
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  return start;
}

/** A fetch that holds back confirm requests until released, or fails the first one. */
function confirmFetch(mode: 'hold' | 'fail-once') {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let failed = false;
  const wrapped: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/confirm')) {
      if (mode === 'hold') await released;
      if (mode === 'fail-once' && !failed) {
        failed = true;
        throw new TypeError('Failed to fetch');
      }
    }
    return fetch(input, init);
  };
  return { fetch: wrapped, release };
}

describe('<welcome-appointment-picker> held bookings', () => {
  it('after "Book": a focused box says where the link went, for how long and until when, with no calendar file or cancelling yet', async () => {
    const el = await picker({ topic: 'work-visa', timezone: 'Asia/Kolkata' });
    const email = address();
    const held = oneEvent(el, 'welcome-booking-held');
    const start = await submitBooking(el, email);
    const detail = ((await held) as CustomEvent).detail as { holdExpiresAt: string };
    expect(JSON.stringify(detail), 'no personal data in the event').not.to.contain('example.org');
    await waitUntil(() => active(el)?.id === 'outcome', 'the box focused', { timeout: 5000 });
    expect($(el, '#outcome-title')!.textContent).to.contain('Fast geschafft: Bitte bestätigen Sie Ihren Termin.');
    const until = new Intl.DateTimeFormat('de', {
      timeZone: 'Asia/Kolkata',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(detail.holdExpiresAt));
    const says = $(el, '.held-text')!.textContent!.replace(/[\u2068\u2069]/g, '');
    expect(says).to.contain(`Wir haben einen Link an ${email} geschickt.`);
    expect(says).to.contain(`innerhalb von 30 Minuten (bis ${until} Uhr)`);
    expect(says).to.contain('sonst wird die Zeit wieder freigegeben');
    expect($(el, 'a[download]')).to.equal(null);
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent!.includes('absagen'))).to.equal(false);
    expect(await slotsFor('work-visa', start), 'held: taken').not.to.include(start);
    const mail = await nextMail(email);
    expect(mail.text).to.contain('appointment-confirm=');
    expect(mail.attachments.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a mistyped address: "Correct the address" (by keyboard) releases the time and returns to the form as sent, the address focused', async () => {
    const el = await picker({ topic: 'work-visa' });
    const typo = address().replace('@example.org', '@exmaple.org');
    const start = await submitBooking(el, typo);
    await waitUntil(() => active(el)?.id === 'outcome', 'held', { timeout: 5000 });
    const heldId = (await nextMail(typo)).text.match(/appointment=([\w-]+)/)![1];
    expect($(el, '#wrong-address')!.textContent).to.contain('Adresse falsch geschrieben?');
    const cancelled = oneEvent(el, 'welcome-booking-cancelled');
    $<HTMLButtonElement>(el, '#change-address')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(((await cancelled) as CustomEvent).detail).to.deep.equal({ id: heldId });
    await waitUntil(() => active(el)?.id === 'email', 'the address focused', { timeout: 5000 });
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(typo);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lan Nguyen');
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
    expect(await slotsFor('work-visa', start), 'released: free again').to.include(start);
    await expect(el).to.be.accessible();

    const right = address();
    fill(el, { email: right });
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => $(el, '.held-text')?.textContent?.includes(right), 'held for the right address', {
      timeout: 5000,
    });
    expect(await slotsFor('work-visa', start), 'held again').not.to.include(start);
    expect((await nextMail(right)).text).to.contain('appointment-confirm=');
  });

  it('releasing the hold over a lost connection says so and keeps the held view; "Try again" releases it', async () => {
    // Offline until the test says so (the client's own retries of a DELETE fail as well).
    let online = false;
    const flaky: typeof fetch = async (input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      if (method === 'DELETE' && !online) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const el = await picker({ topic: 'work-visa', fetch: flaky });
    const start = await submitBooking(el, address());
    await waitUntil(() => $(el, '#change-address'), 'held', { timeout: 5000 });
    $<HTMLButtonElement>(el, '#change-address')!.click();
    await waitUntil(() => $(el, '#outcome [role=alert] button.retry'), 'the problem', { timeout: 5000 });
    expect($(el, '#outcome [role=alert]')!.textContent).to.contain('Keine Verbindung');
    expect($(el, '.held-text'), 'still the held view').not.to.equal(null);
    expect(await slotsFor('work-visa', start), 'still held').not.to.include(start);
    await expect(el).to.be.accessible();
    online = true;
    $<HTMLButtonElement>(el, '#outcome [role=alert] button.retry')!.click();
    await waitUntil(() => active(el)?.id === 'email', 'released, the address focused', { timeout: 5000 });
    expect(await slotsFor('work-visa', start), 'released').to.include(start);
  });

  it('says under the e-mail field that the address already has 2 open appointments, keeping what was typed', async () => {
    const email = address();
    await holdDirectly('work-visa', await freeSlot('work-visa', 10), email);
    await holdDirectly('work-visa', await freeSlot('work-visa', 11), email);
    for (const [lang, expected] of [
      [
        'de',
        'Für diese Adresse sind schon 2 Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.',
      ],
      ['en', 'This address already has 2 open appointments; cancel one before booking another.'],
    ] as const) {
      const el = await picker({ topic: 'work-visa', lang });
      await submitBooking(el, email.toUpperCase());
      await waitUntil(() => $(el, '#email-error'), 'the field error', { timeout: 5000 });
      expect($(el, '#email-error')!.textContent!.trim()).to.equal(expected);
      expect(active(el)?.id, 'the field focused').to.equal('email');
      expect($<HTMLInputElement>(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lan Nguyen');
      expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('over the day’s mail limit for the address: says when to try again and keeps the form', async () => {
    // Ten holds made and withdrawn: ten hold mails to one address (the server's daily maximum).
    const email = address();
    const start = await freeSlot('work-visa', 12);
    for (let i = 0; i < 10; i++) {
      const held = await holdDirectly('work-visa', start, email);
      const { token } = await confirmLinkFor(email);
      await fetch(`${await apiOf()}/v1/appointments/${held.id}?token=${token}`, { method: 'DELETE' });
    }
    const el = await picker({ topic: 'work-visa' });
    await submitBooking(el, email);
    await waitUntil(() => $(el, '.problem .error-notice'), 'the problem', { timeout: 5000 });
    expect($(el, '.problem')!.textContent).to.match(/Bitte versuchen Sie es ab \d{2}:\d{2} Uhr wieder/);
    expect($(el, '.problem')!.textContent).to.contain('Ihre Angaben bleiben erhalten.');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
    await expect(el).to.be.accessible();
  });
});

describe('<welcome-appointment-picker> opened from the confirm link', () => {
  it('shows that it is confirming, then the confirmed view, focused; the token leaves the address bar', async () => {
    const held = await holdDirectly('work-visa', await freeSlot('work-visa', 13));
    const link = await confirmLinkFor(held.email);
    const slow = confirmFetch('hold');
    await withAddress(link.url.search, async () => {
      const el = await fixture<WelcomeAppointmentPicker>(
        html`<welcome-appointment-picker
          api=${await apiOf()}
          lang="de"
          timezone="Europe/Berlin"
          .apiFetch=${slow.fetch}
        ></welcome-appointment-picker>`,
      );
      await waitUntil(() => $(el, '.notice.loading'), 'confirming', { timeout: 5000 });
      expect(location.search).not.to.contain('appointment-confirm');
      expect(heading(el)).to.equal('Termin bestätigen');
      expect($(el, '.notice.loading')!.textContent).to.contain('Ihr Termin wird bestätigt');
      await expect(el).to.be.accessible();
      const confirmed = oneEvent(el, 'welcome-booking-confirmed');
      slow.release();
      expect(((await confirmed) as CustomEvent).detail.id).to.equal(held.id);
      await waitUntil(() => active(el)?.id === 'outcome', 'the confirmation focused', { timeout: 5000 });
      expect($(el, '#outcome-title')!.textContent).to.contain('Ihr Termin ist gebucht.');
      expect(heading(el)).to.equal('Ihr Beratungstermin');
      expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.contain(`token=${link.token}`);
      await expect(el).to.be.accessible();
    });
    const mail = await nextMail(held.email);
    expect(mail.subject).to.match(/^Terminbestätigung/);
  });

  it('a failed connection offers to try again, by keyboard, and then confirms', async () => {
    const held = await holdDirectly('work-visa', await freeSlot('work-visa', 14));
    const link = await confirmLinkFor(held.email);
    await withAddress(link.url.search, async () => {
      const el = await picker({ fetch: confirmFetch('fail-once').fetch });
      await waitUntil(() => $(el, '[role=alert] button.retry'), 'the problem', { timeout: 5000 });
      expect($(el, '[role=alert]')!.textContent).to.contain('Keine Verbindung');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[role=alert] button.retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#outcome[data-tone=success]'), 'confirmed', { timeout: 5000 });
      await waitUntil(() => active(el)?.id === 'outcome', 'focused');
    });
  });

  it('a second click on the link shows the same confirmed view', async () => {
    const held = await holdDirectly('work-visa', await freeSlot('work-visa', 15));
    const link = await confirmLinkFor(held.email);
    for (let click = 0; click < 2; click++) {
      await withAddress(link.url.search, async () => {
        const el = await picker();
        await waitUntil(() => $(el, '#outcome[data-tone=success]'), `click ${click + 1}`, { timeout: 5000 });
        expect(text(el)).to.contain('Ihr Termin ist gebucht.');
      });
    }
  });

  it('a hold cancelled before confirming says so and leads back to booking, by keyboard', async () => {
    const held = await holdDirectly('work-visa', await freeSlot('work-visa', 16));
    const link = await confirmLinkFor(held.email);
    await fetch(`${await apiOf()}/v1/appointments/${held.id}?token=${link.token}`, { method: 'DELETE' });
    await withAddress(link.url.search, async () => {
      const el = await picker();
      await waitUntil(() => active(el)?.id === 'outcome', 'focused', { timeout: 5000 });
      expect($(el, '#outcome-title')!.textContent).to.contain('Dieser Termin wurde bereits abgesagt.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.textContent).to.contain('Neuen Termin wählen');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.topics'), 'the booking steps');
      await waitUntil(() => active(el)?.id === 'heading', 'the heading focused');
    });
  });

  it('a wrong token says the link is invalid', async () => {
    const held = await holdDirectly('work-visa', await freeSlot('work-visa', 17));
    await nextMail(held.email);
    await withAddress(`?appointment=${held.id}&appointment-confirm=${'x'.repeat(43)}`, async () => {
      const el = await picker();
      expect($(el, '#outcome-title')!.textContent).to.contain('ungültig');
      await expect(el).to.be.accessible();
    });
  });

  // The real server's hold lasts half an hour; the mock knows a lapsed one (as the server answers it: 410 hold_expired).
  it('a lapsed hold: a clear message and a way back to the calendar, in Arabic at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const lang of ['de', 'ar']) {
        await withAddress(`?appointment=${MOCK_EXPIRED_HOLD_ID}&appointment-confirm=${MOCK_CANCEL_TOKEN}`, async () => {
          const el = await picker({ lang, fetch: mockFetch(appointmentHandlers()) });
          await waitUntil(() => active(el)?.id === 'outcome', 'focused', { timeout: 5000 });
          expect($(el, '#outcome')!.dataset.tone).to.equal('warning');
          if (lang === 'de') {
            expect($(el, '#outcome-title')!.textContent).to.contain('Die Zeit zum Bestätigen ist abgelaufen.');
            expect(text(el)).to.contain('Der Termin wurde wieder freigegeben.');
          } else {
            expect(heading(el)).to.equal('تأكيد الموعد');
          }
          expect(fitsWidth(el), `${lang}: no sideways scrolling`).to.equal(true);
          await expect(el).to.be.accessible();
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => $(el, '.topics'), 'back to the calendar', { timeout: 5000 });
        });
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the held and confirmed views fit 320 px in Arabic', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await picker({ topic: 'work-visa', lang: 'ar', timezone: 'Asia/Riyadh' });
      const email = address();
      await submitBooking(el, email);
      await waitUntil(() => $(el, '#outcome'), 'held', { timeout: 5000 });
      expect(fitsWidth(el), 'held').to.equal(true);
      expect($(el, '.held-text')!.textContent).to.contain(email);
      await expect(el).to.be.accessible();
      const link = await confirmLinkFor(email);
      const confirmed = await withAddress(link.url.search, () => picker({ lang: 'ar', timezone: 'Asia/Riyadh' }));
      await waitUntil(() => $(confirmed, '#outcome[data-tone=success]'), 'confirmed', { timeout: 5000 });
      expect(fitsWidth(confirmed), 'confirmed').to.equal(true);
      await expect(confirmed).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
