import { expect } from '@open-wc/testing';
import { $, tile } from './support/tiles.js';

const MINUS = '\u2212';

describe('key figure change', () => {
  it('shows a decrease once, with a real minus, and says "decrease" to screen readers (de)', async () => {
    const el = await tile('foreign-residents', 'key-figure');
    const change = $(el, '.change')!;
    const visible = change.querySelector('[aria-hidden=true]')!;
    expect(visible.textContent).to.contain(`${MINUS}94`);
    expect(change.textContent, 'no hyphen as minus').to.not.match(/-\s?\d/);
    expect(change.textContent, 'no arrow beside the sign').to.not.match(/[▲▼■]/);
    const spoken = change.querySelector('.visually-hidden')!.textContent!;
    expect(spoken).to.contain('Rückgang um 94 Personen');
    expect(spoken).to.contain('Dezember 2024');
    expect(spoken).to.not.contain(MINUS);
    await expect(el).to.be.accessible();
  });

  it('puts the minus where Arabic readers expect it, as the locale formats it', async () => {
    const el = await tile('foreign-residents', 'key-figure', 'ar');
    const visible = $(el, '.change [aria-hidden=true]')!;
    const expected = new Intl.NumberFormat('ar', { signDisplay: 'exceptZero' }).format(-94).replace('-', MINUS);
    expect(visible.textContent).to.contain(expected);
    // CLDR writes Arabic figures left to right with a left-to-right mark before the sign ("‎−94"):
    // in the right-to-left sentence the minus must still stand left of the digits, never "94−".
    const text = [...visible.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(MINUS))!;
    const at = text.textContent!.indexOf(`${MINUS}94`);
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return range.getBoundingClientRect();
    };
    const [minus, digits] = [box(at, at + 1), box(at + 1, at + 3)];
    expect(getComputedStyle(visible).direction).to.equal('rtl');
    expect(minus.right, 'minus left of the digits').to.be.at.most(digits.left + 1);
    await expect(el).to.be.accessible();
  });

  it('counts with the language’s plural rules (ru: 94 человека, ar: 18471 → many)', async () => {
    const ru = await tile('foreign-residents', 'key-figure', 'ru');
    expect(ru.shadowRoot!.querySelector('.change .visually-hidden')!.textContent).to.contain('94 человека');
    const en = await tile('foreign-residents', 'line', 'en');
    const labels = [...en.shadowRoot!.querySelectorAll('.point')].map((p) => p.getAttribute('aria-label'));
    expect(labels.at(-1)).to.contain('18,471 people');
  });
});
