import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import {
  $,
  active,
  apiOf,
  bookDirectly,
  freeSlot,
  nextMail,
  picker,
  root,
  slotsFor,
  text,
  withAddress,
} from './support/harness.js';

const TITLE = 'Visum und Aufenthaltstitel zum Arbeiten';

/** A link of the mail by the parameter that marks it. */
function linkIn(mail: { text: string }, parameter: string): URL {
  const match = new RegExp(`https?://\\S*${parameter}=[^\\s>)]+`).exec(mail.text);
  if (!match) throw new Error(`no ${parameter} link in the mail`);
  return new URL(match[0]);
}

async function details(id: string, token: string) {
  const response = await fetch(`${await apiOf()}/v1/appointments/${id}?token=${token}`);
  return (await response.json()) as { videoUrl?: string; start: string; status: string };
}

const heading = (el: WelcomeAppointmentPicker) => $(el, '#heading')!.textContent!.trim();

const timeIn = (instant: string, zone: string) =>
  new Intl.DateTimeFormat('de', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

async function cancelAtServer(id: string, token: string): Promise<void> {
  const response = await fetch(`${await apiOf()}/v1/appointments/${id}?token=${token}`, { method: 'DELETE' });
  expect(response.status).to.equal(200);
}

describe('<welcome-appointment-picker> opened from the links in the mail', () => {
  it('the video link opens the room: when (own zone, Berlin beside), the topic, the video room, how to prepare, cancelling', async () => {
    const booking = await bookDirectly('work-visa', await freeSlot('work-visa', 3));
    const room = linkIn(await nextMail(booking.email), 'appointment-room');
    const { videoUrl } = await details(booking.id, booking.cancelToken);
    await withAddress(room.search, async () => {
      const el = await picker({ timezone: 'Asia/Kolkata' });
      await waitUntil(() => $(el, '.room'), 'the room view', { timeout: 5000 });
      expect(location.search, 'token gone from the address bar').not.to.contain('appointment-room');
      expect(heading(el)).to.equal('Ihr Beratungstermin');
      expect($(el, 'form'), 'no booking form').to.equal(null);
      expect($(el, '.topics'), 'no topic choice').to.equal(null);
      expect(text(el)).to.contain('Ihre Beratung beginnt');
      expect(text(el)).to.contain(TITLE);
      expect($(el, '.when')!.textContent).to.contain(timeIn(booking.start, 'Asia/Kolkata'));
      expect($(el, '.when')!.textContent).to.contain(`In Berlin:`);
      expect($(el, '.when')!.textContent).to.contain(timeIn(booking.start, 'Europe/Berlin'));
      const join = $<HTMLAnchorElement>(el, 'a.video-link')!;
      expect(join.href).to.equal(videoUrl);
      expect(join.textContent).to.contain('Zum Videogespräch');
      expect(root(el).querySelectorAll('.prepare li').length).to.be.at.least(3);
      await expect(el).to.be.accessible();

      [...root(el).querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent!.includes('Termin absagen'))!
        .click();
      await waitUntil(() => $(el, '#cancel-question'), 'the cancel question');
      expect(heading(el)).to.equal('Termin absagen');
      const cancelled = oneEvent(el, 'welcome-booking-cancelled');
      $<HTMLButtonElement>(el, '.confirm-actions .primary')!.click();
      await cancelled;
      await waitUntil(() => active(el)?.id === 'outcome', 'the outcome focused');
      expect($(el, '#outcome')!.dataset.tone).to.equal('success');
      expect(await slotsFor('work-visa', booking.start)).to.include(booking.start);
    });
  });

  it('the room link of a cancelled booking says so, with no video link', async () => {
    const booking = await bookDirectly('work-visa', await freeSlot('work-visa', 4));
    await cancelAtServer(booking.id, booking.cancelToken);
    await withAddress(`?appointment=${booking.id}&appointment-room=${booking.cancelToken}`, async () => {
      const el = await picker();
      expect($(el, '#outcome-title')!.textContent).to.contain('Dieser Termin wurde bereits abgesagt.');
      expect($(el, 'a.video-link')).to.equal(null);
      expect(text(el)).to.contain(TITLE);
      await expect(el).to.be.accessible();
    });
  });

  it('a wrong token says the link is invalid and offers a new booking', async () => {
    const booking = await bookDirectly('work-visa', await freeSlot('work-visa', 5));
    await withAddress(`?appointment=${booking.id}&appointment-room=${'x'.repeat(43)}`, async () => {
      const el = await picker();
      expect($(el, '#outcome-title')!.textContent).to.contain('ungültig');
      $<HTMLButtonElement>(el, '#outcome button')!.click();
      await waitUntil(() => $(el, '.topics'), 'the booking steps');
      expect(heading(el)).to.equal('Beratungstermin buchen');
    });
  });

  it('the cancel link names the appointment, under a heading that fits, without an empty area', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const booking = await bookDirectly('work-visa', await freeSlot('work-visa', 6));
      const cancel = linkIn(await nextMail(booking.email), 'appointment-cancel');
      await withAddress(cancel.search, async () => {
        const el = await picker({ lang: 'ar' });
        await waitUntil(() => $(el, '#cancel-question'), 'the question', { timeout: 5000 });
        expect(heading(el)).to.equal('إلغاء الموعد');
        expect(text(el)).to.contain('التأشيرة وتصريح الإقامة للعمل');
        const clock = new Intl.DateTimeFormat('ar', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })
          .formatToParts(new Date(booking.start))
          .filter((part) => part.type === 'hour' || part.type === 'minute' || part.type === 'literal')
          .map((part) => part.value)
          .join('')
          .trim();
        expect($(el, '.when')!.textContent).to.contain(clock);
        const section = $(el, '.root')!;
        const lastChild = [...section.children].at(-1)!;
        const gap = section.getBoundingClientRect().bottom - lastChild.getBoundingClientRect().bottom;
        expect(gap, 'empty space under the last line').to.be.below(24);
        expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
        await expect(el).to.be.accessible();
      });
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('cancelling twice says it was already cancelled and promises no mail', async () => {
    const booking = await bookDirectly('work-visa', await freeSlot('work-visa', 7));
    await withAddress(`?appointment=${booking.id}&appointment-cancel=${booking.cancelToken}`, async () => {
      const el = await picker();
      await waitUntil(() => $(el, '#cancel-question'), 'the question', { timeout: 5000 });
      // Meanwhile the person cancels in another tab.
      await cancelAtServer(booking.id, booking.cancelToken);
      $<HTMLButtonElement>(el, '.confirm-actions .primary')!.click();
      await waitUntil(() => active(el)?.id === 'outcome', 'the outcome focused', { timeout: 5000 });
      expect($(el, '#outcome-title')!.textContent).to.contain('Dieser Termin wurde bereits abgesagt.');
      expect(text(el)).not.to.contain('E-Mail');
      await expect(el).to.be.accessible();
    });
    // The link opened once more: said at once, without asking again.
    await withAddress(`?appointment=${booking.id}&appointment-cancel=${booking.cancelToken}`, async () => {
      const el = await picker();
      expect($(el, '#outcome-title')!.textContent).to.contain('Dieser Termin wurde bereits abgesagt.');
      expect($(el, '#cancel-question')).to.equal(null);
      expect(text(el)).not.to.contain('E-Mail');
    });
  });
});
