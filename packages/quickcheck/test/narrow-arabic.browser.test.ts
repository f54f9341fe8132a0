import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { WelcomeQuickcheck } from '../src/quickcheck.js';
import {
  $,
  $$,
  caseNamed,
  clearFragment,
  currentQuestion,
  real,
  submit,
  typeNumber,
  walkThrough,
} from './support/quickcheck-harness.js';

/** No horizontal scrolling inside the widget, and the widget inside the 320 px screen. */
async function fits(el: WelcomeQuickcheck, where: string) {
  await el.updateComplete;
  const section = $(el, '.root')!;
  expect(section.scrollWidth, `no horizontal scrolling: ${where}`).to.be.at.most(section.clientWidth + 1);
  expect(el.getBoundingClientRect().right, where).to.be.at.most(320);
  await expect(el).to.be.accessible();
}

describe('<welcome-quickcheck lang="ar"> at 320 px: the new states', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(clearFragment);

  it('near misses, the card’s gaps, the answers list and the monthly hint fit', async () => {
    const economist = (await caseNamed('Indian economist')).profile;
    const el = await real({ lang: 'ar', bookingHref: '/beratung' });
    await walkThrough(
      el,
      { ...economist, annualSalaryEur: 50_000, degreeYearsAgo: 5, shortageOccupation: false },
      'ar',
    );
    expect($(el, '[data-near-miss="blue-card"]')).to.not.equal(null);
    expect($(el, '.card-missing-list')).to.not.equal(null);
    await fits(el, 'result');

    $$<HTMLButtonElement>(el, '.result-actions button')[0]!.click();
    await el.updateComplete;
    await fits(el, 'answers list');

    $<HTMLButtonElement>(el, '[data-change="annualSalaryEur"]')!.click();
    await el.updateComplete;
    await typeNumber(el, '4500');
    await submit(el);
    expect(currentQuestion(el)).to.equal('annualSalaryEur');
    expect($(el, '#q-monthly')!.textContent!.trim()).not.to.equal('');
    await fits(el, 'monthly hint');
  });
});
