import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  answer,
  caseNamed,
  clearFragment,
  currentQuestion,
  domainCases,
  focused,
  real,
  submit,
  text,
  typeNumber,
  walkThrough,
} from './support/quickcheck-harness.js';

const click = async (el: HTMLElement & { updateComplete: Promise<boolean> }, button: HTMLElement) => {
  button.click();
  await el.updateComplete;
  await el.updateComplete;
};

describe('<welcome-quickcheck> moving through the answers', () => {
  afterEach(clearFragment);

  it('"Change answers" lists every answer, each changeable, and comes back to the list', async () => {
    const el = await real();
    const profile = (await caseNamed('Tunisian mechatronics')).profile;
    const asked = await walkThrough(el, profile, 'de');
    const change = $$<HTMLButtonElement>(el, '.result-actions button').find((b) =>
      b.textContent!.includes('Antworten ändern'),
    )!;
    await click(el, change);
    expect(focused(el)?.id, 'the summary heading gets focus').to.equal('summary-heading');
    expect($$(el, '[data-change]').map((b) => b.dataset.change)).to.deep.equal(asked);
    expect(text(el)).to.contain('Tunesien');
    expect(text(el)).to.contain('46.000 €');
    await expect(el).to.be.accessible();

    await click(el, $<HTMLButtonElement>(el, '[data-change="jobOffer"]')!);
    expect(currentQuestion(el)).to.equal('jobOffer');
    expect(focused(el)?.id, 'the checked answer has focus').to.equal('o-true');
    await submit(el);
    await el.updateComplete;
    expect(focused(el)?.dataset.change, 'back on the list, at the answer just changed').to.equal('jobOffer');

    await click(el, $$<HTMLButtonElement>(el, '.answers-summary button.primary')[0]!);
    expect($(el, '.result')).to.not.equal(null);
    expect(focused(el)?.id).to.equal('result-heading');
  });

  it('going back focuses the checked option, not the first', async () => {
    const el = await real();
    await answer(el, { citizenship: 'IN' }, 'de');
    await answer(el, { jobOffer: false }, 'de');
    expect(currentQuestion(el)).to.equal('qualification');
    await click(el, $<HTMLButtonElement>(el, 'button.back')!);
    expect(currentQuestion(el)).to.equal('jobOffer');
    expect(focused(el)?.id).to.equal('o-false');
    await submit(el);
    await el.updateComplete;
    expect(focused(el)?.getAttribute('name'), 'forward lands on the next question').to.equal('qualification');
  });

  it('shows progress that never goes back, on the paths of the domain cases', async function () {
    this.timeout(120_000);
    const us = (await caseNamed('US citizen')).profile;
    const paths = [
      ...(await domainCases()),
      // The old "question 4 of 13" after "3 of 14": a total that shrank once the salary was known.
      { name: 'US citizen at 46,000 €', profile: { ...us, annualSalaryEur: 46_000 } },
    ];
    for (const { name, profile } of paths) {
      clearFragment(); // else the next widget restores the last result from the link
      const el = await real();
      const shown: number[][] = [];
      await walkThrough(el, profile, 'de', async () => {
        shown.push(($(el, '[part=progress]')!.textContent!.match(/\d+/g) ?? []).map(Number));
      });
      for (let i = 1; i < shown.length; i++) {
        shown[i]!.forEach((value, position) =>
          expect(value, `${name}: "${shown[i]!.join('/')}" after "${shown[i - 1]!.join('/')}"`).to.be.at.least(
            shown[i - 1]![position] ?? 0,
          ),
        );
      }
    }
  });

  it('asks "per month?" for an implausible annual salary, and offers to multiply by 12', async () => {
    const el = await real();
    await answer(el, { citizenship: 'IN' }, 'de');
    await answer(el, { jobOffer: true }, 'de');
    await typeNumber(el, '4.500');
    await submit(el);
    expect(currentQuestion(el), 'the figure is questioned once').to.equal('annualSalaryEur');
    const hint = $(el, '#q-monthly')!;
    expect(hint.textContent).to.contain('Monatsgehalt');
    expect(hint.textContent!.replace(/\s+/g, ' ')).to.contain('54.000 €');
    expect($(el, '#q-input')!.getAttribute('aria-describedby')).to.contain('q-monthly');
    expect($<HTMLInputElement>(el, '#q-input')!.value, 'nothing typed is lost').to.equal('4.500');
    await expect(el).to.be.accessible();
    await click(el, hint.querySelector('button')!);
    expect($<HTMLInputElement>(el, '#q-input')!.value).to.equal('54.000');
    await submit(el);
    expect(currentQuestion(el)).to.equal('qualification');
  });

  it('keeps a low annual salary when "Next" is pressed again (a hint, not a block)', async () => {
    const el = await real();
    await answer(el, { citizenship: 'IN' }, 'de');
    await answer(el, { jobOffer: true }, 'de');
    await typeNumber(el, '4.500');
    await submit(el);
    await submit(el);
    expect(currentQuestion(el)).to.equal('qualification');
  });
  it('changes an answer from the list with the keyboard alone', async () => {
    const el = await real({ lang: 'en' });
    await walkThrough(el, (await caseNamed('Serbian kitchen helper')).profile, 'en');
    const change = $$<HTMLButtonElement>(el, '.result-actions button')[0]!;
    change.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('summary-heading');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.change, 'the first "Change"').to.equal('citizenship');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('jobOffer');
    expect(focused(el)?.id, 'on the checked answer').to.equal('o-true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.dataset.change).to.equal('jobOffer');
  });

  it('keeps the answers when the language changes mid-way', async () => {
    const el = await real();
    await answer(el, { citizenship: 'IN' }, 'de');
    await answer(el, { jobOffer: false }, 'de');
    el.setAttribute('lang', 'en');
    await waitUntil(() => text(el).includes('Question 3'), 'the step in English');
    expect(currentQuestion(el)).to.equal('qualification');
    await click(el, $<HTMLButtonElement>(el, 'button.back')!);
    expect(focused(el)?.id, 'the answer given in German is still checked').to.equal('o-false');
  });
});
