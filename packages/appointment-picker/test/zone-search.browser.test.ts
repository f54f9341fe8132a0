import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import { zoneChoices } from '../src/time/zone-choices.js';
import { $, active, firstFreeDay, picker, root } from './support/harness.js';

const options = (el: WelcomeAppointmentPicker) => [
  ...root(el).querySelectorAll<HTMLElement>('#tz-listbox [role=option]'),
];
const cities = (el: WelcomeAppointmentPicker) =>
  options(el).map((o) => o.querySelector('.tz-city')!.textContent!.trim());

async function openSearch(el: WelcomeAppointmentPicker): Promise<HTMLInputElement> {
  $<HTMLButtonElement>(el, '#tz-button')!.click();
  await waitUntil(() => active(el)?.id === 'tz-input', 'the search field focused');
  await waitUntil(() => $(el, '#tz-listbox [role=option]:nth-child(3)'), 'the zones listed', { timeout: 5000 });
  return $<HTMLInputElement>(el, '#tz-input')!;
}

async function search(el: WelcomeAppointmentPicker, query: string): Promise<string[]> {
  const input = $<HTMLInputElement>(el, '#tz-input')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return cities(el);
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<welcome-appointment-picker> time-zone search', () => {
  it('lists each zone once under its current name, with a localized name and offset', async () => {
    const el = await picker({ topic: 'work-visa', timezone: 'Europe/Kiev' });
    expect($(el, '#tz-current')!.textContent).to.match(/Kyiv – Osteuropäische (Normal)?[Zz]eit \(GMT\+2\)/);
    await openSearch(el);
    const ids = (await zoneChoices('de')).map((choice) => choice.id);
    expect(new Set(ids).size, 'no zone twice').to.equal(ids.length);
    for (const current of ['Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'Asia/Kolkata']) expect(ids, current).to.include(current);
    for (const legacy of ['Europe/Kiev', 'Asia/Saigon', 'Asia/Calcutta', 'Europe/Uzhgorod'])
      expect(ids, legacy).not.to.include(legacy);
    expect(options(el)[0]!.dataset.zone, 'the current zone first').to.equal('Europe/Kyiv');
    for (const [query, city] of [
      ['Kyiv', 'Kyiv'],
      ['Ho Chi Minh', 'Ho Chi Minh City'],
      ['Kolkata', 'Kolkata'],
    ]) {
      expect(await search(el, query!), query).to.deep.equal([city]);
    }
    await search(el, 'Kolkata');
    const kolkata = options(el).find((o) => o.dataset.zone === 'Asia/Kolkata')!;
    expect(kolkata.textContent).to.match(/Indische (Normal)?[Zz]eit \(GMT\+5:30\)/);
    await expect(el).to.be.accessible();
  });

  it('finds zones by city (also the old name), localized name or offset', async () => {
    const el = await picker({ topic: 'work-visa' });
    await openSearch(el);
    expect(await search(el, 'kiev')).to.deep.equal(['Kyiv']);
    expect(await search(el, 'Saigon')).to.deep.equal(['Ho Chi Minh City']);
    expect(await search(el, 'osteuropäische')).to.include('Kyiv');
    const india = await search(el, '+5:30');
    expect(india).to.include('Kolkata');
    expect(india).not.to.include('Kathmandu');
    expect(await search(el, 'GMT+5')).to.include.members(['Kolkata', 'Kathmandu', 'Karachi']);
    expect($(el, '.tz-found')!.textContent).to.match(/\d+ Zeitzonen gefunden/);
    await search(el, 'xyzzy');
    expect($(el, '.tz-found')!.textContent).to.contain('Keine Zeitzone gefunden');
  });

  it('works with the keys of the APG combobox and changes the times', async () => {
    const el = await picker({ topic: 'work-visa' });
    const input = await openSearch(el);
    await sendKeys({ type: 'Kyiv' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant'), 'no option active while typing').to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const chosen = input.getAttribute('aria-activedescendant')!;
    expect($(el, `#${chosen}`)!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, `#${chosen}`)!.dataset.zone).to.equal('Europe/Kyiv');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded'), 'Escape closes the list').to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'tz-button', 'focus back on the button');
    expect($(el, '#tz-current')!.textContent).to.contain('Kyiv');
    expect($(el, '#tz-input'), 'the search closed').to.equal(null);
  });

  it('pushes the calendar down instead of covering its month navigation (320 px, Arabic)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await picker({ topic: 'work-visa', lang: 'ar' });
      await firstFreeDay(el);
      await openSearch(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const list = $(el, '#tz-listbox')!.getBoundingClientRect();
      expect(list.height, 'the list is open').to.be.above(50);
      for (const selector of ['.month-bar', '.month-step:first-of-type', '.month-step:last-of-type', 'table']) {
        expect(overlap(list, $(el, selector)!.getBoundingClientRect()), selector).to.equal(false);
      }
      expect(list.left).to.be.at.least(0);
      expect(list.right).to.be.at.most(320);
      const section = $(el, '.root')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
