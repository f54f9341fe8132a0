import { expect, waitUntil } from '@open-wc/testing';
import { parts } from '../src/lazy/parts.js';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import {
  $,
  active,
  address,
  bookDirectly,
  chooseFirstSlot,
  fill,
  firstFreeDay,
  formShown,
  freeSlot,
  picker,
  slotsFor,
  withAddress,
} from './support/harness.js';

/**
 * Issue 15: the booking form, the outcomes and the zone search are chunks loaded on demand. A chunk
 * that cannot be fetched (the connection dropped) is the usual problem with "Try again", and
 * nothing the person chose or typed is lost.
 */

type Part = keyof typeof parts;
const real = { ...parts };

/** Makes a part fail to load, as the browser's import() does offline, until `heal()`. */
function breakPart(name: Part): { heal: () => void; attempts: () => number } {
  let broken = true;
  let attempts = 0;
  (parts as Record<Part, () => Promise<unknown>>)[name] = () => {
    attempts++;
    return broken
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : (real[name] as () => Promise<unknown>)();
  };
  return { heal: () => (broken = false), attempts: () => attempts };
}

const problem = (el: WelcomeAppointmentPicker) => $(el, '.error-notice[role=alert]');

afterEach(() => Object.assign(parts, real));

describe('<welcome-appointment-picker> parts loaded on demand', () => {
  it('the booking form failing to load: the problem with "Try again" (focused), then the form for the chosen time', async () => {
    const part = breakPart('booking');
    const el = await picker({ topic: 'work-visa' });
    (await firstFreeDay(el)).click();
    await el.updateComplete;
    const slot = $<HTMLButtonElement>(el, 'button.slot')!;
    const chosen = slot.querySelector('.slot-time')!.textContent!.split('–')[0]!.trim();
    slot.click();
    await waitUntil(() => problem(el), 'the problem shown', { timeout: 5000 });
    expect(problem(el)!.dataset.problem).to.equal('network');
    // Compared as a flag: chai describing two elements that differ takes minutes.
    expect(active(el)?.classList.contains('retry'), 'the focus on "Try again", not lost with the time button').to.equal(
      true,
    );
    await expect(el).to.be.accessible();

    part.heal();
    $<HTMLButtonElement>(el, '.retry')!.click();
    await formShown(el);
    expect($(el, '.summary .when')!.textContent, 'the time chosen before').to.contain(chosen);
    expect($<HTMLSelectElement>(el, '#language')!.value, 'the talk in the widget language').to.equal('de');
    await waitUntil(() => active(el)?.id === 'name', 'the first field focused');
  });

  it('the held view failing to load: a problem of the form, nothing booked, the typed values kept; "Try again" books', async () => {
    const part = breakPart('outcome');
    const el = await picker({ topic: 'work-visa' });
    const start = await chooseFirstSlot(el);
    const email = address();
    fill(el, { name: 'Lan Nguyen', email });
    $<HTMLInputElement>(el, '#consent')!.click();
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await waitUntil(() => $(el, 'form .error-notice'), 'the problem in the form', { timeout: 5000 });
    expect($(el, 'form .error-notice')!.dataset.problem).to.equal('network');
    expect($(el, 'form .error-notice')!.textContent).to.contain('Ihre Angaben bleiben erhalten');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Lan Nguyen');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal(email);
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
    expect(await slotsFor('work-visa', start), 'no time held that the widget could not show').to.include(start);
    await expect(el).to.be.accessible();

    part.heal();
    $<HTMLButtonElement>(el, 'form .retry')!.click();
    await waitUntil(() => $(el, '#outcome'), 'held', { timeout: 5000 });
    expect($(el, '.held-text')!.textContent).to.contain(email);
    expect(await slotsFor('work-visa', start)).not.to.include(start);
  });

  it("a mail's cancel link: the part is fetched beside the booking's request; failing, the problem, then the question", async () => {
    const booked = await bookDirectly('work-visa', await freeSlot('work-visa', 3));
    let detailsAsked!: () => void;
    const asked = new Promise<void>((resolve) => (detailsAsked = resolve));
    const watching: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes(`/v1/appointments/${booked.id}?`)) detailsAsked();
      return fetch(input, init);
    };
    // The part answers only once the request went out: a widget asking after the part never shows anything.
    let broken = true;
    parts.outcome = () =>
      asked.then(() => (broken ? Promise.reject(new TypeError('Failed to fetch')) : real.outcome()));
    const el = await withAddress(`?appointment=${booked.id}&appointment-cancel=${booked.cancelToken}`, () =>
      picker({ fetch: watching }),
    );
    await waitUntil(() => problem(el), 'the problem shown', { timeout: 5000 });
    expect(problem(el)!.dataset.problem).to.equal('network');
    broken = false;
    $<HTMLButtonElement>(el, '.retry')!.click();
    await waitUntil(() => $(el, '#cancel-question'), 'the question', { timeout: 5000 });
    expect(active(el)?.id, 'the focus on the question, not lost with the button').to.equal('cancel-question');
  });

  it('the zone search failing to load: the problem under the button, then the search field', async () => {
    const part = breakPart('zoneSearch');
    const el = await picker({ topic: 'work-visa' });
    $<HTMLButtonElement>(el, '#tz-button')!.click();
    await waitUntil(() => $(el, '#tz-search .error-notice'), 'the problem shown', { timeout: 5000 });
    expect($(el, '#tz-button')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    part.heal();
    $<HTMLButtonElement>(el, '#tz-search .retry')!.click();
    await waitUntil(() => active(el)?.id === 'tz-input', 'the search field focused', { timeout: 5000 });
    expect(part.attempts()).to.be.greaterThan(1);
  });
});
