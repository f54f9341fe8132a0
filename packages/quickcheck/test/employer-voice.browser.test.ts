import { expect } from '@open-wc/testing';
import type { WelcomeQuickcheck } from '../src/quickcheck.js';
import { $$, caseNamed, clearFragment, real, walkThrough } from './support/quickcheck-harness.js';

/** Profiles that together reach every pathway and the general next steps. */
const PROFILES = [
  'Polish electrician',
  'Indian economist',
  'Nurse with partial recognition',
  'Moroccan electrician',
  'US citizen',
  'Serbian kitchen helper',
  'Job seeker: academic',
  'Nobody fits',
];

/** Texts that address whoever uses the widget, so they are right in both modes. */
const FOR_WHOEVER_READS = new Set([
  'Ein paar Fragen, eine erste Orientierung. Ihre Antworten bleiben auf Ihrem Gerät.',
  'Was Sie jetzt tun können',
  'Ihre Antworten',
]);
const ADDRESSES_SOMEONE = /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b/;
/** Instructions to the person in the infinitive, which read as orders to the employer. */
const TO_THE_PERSON = /^(Deutsch lernen|Nach dem Umzug|Termin bei der deutschen Auslandsvertretung)/;

const leaves = 'legend, label, p, li, [role=heading], button, td, th, summary, dt, dd, strong, a';

function textsOf(el: WelcomeQuickcheck): string[] {
  return $$(el, leaves).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

/** Every text of every step, the result and the list of answers. */
async function allTexts(audience: string): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const name of PROFILES) {
    const el = await real({ audience });
    const collect = async () => textsOf(el).forEach((t) => seen.add(t));
    await walkThrough(el, (await caseNamed(name)).profile, 'de', collect);
    await collect();
    $$<HTMLButtonElement>(el, '.result-actions button')[0]!.click();
    await el.updateComplete;
    await collect();
    clearFragment();
  }
  return seen;
}

describe('<welcome-quickcheck audience="employer"> speaks to the employer', () => {
  afterEach(clearFragment);

  it('never addresses the worker, at any step or in the result', async function () {
    this.timeout(120_000);
    const worker = await allTexts('worker');
    const employer = await allTexts('employer');
    const toTheWorker = [...worker].filter((t) => ADDRESSES_SOMEONE.test(t) && !FOR_WHOEVER_READS.has(t));
    const wrong = [...employer].filter((t) => toTheWorker.includes(t) || TO_THE_PERSON.test(t));
    expect(wrong, 'worker texts shown to the employer').to.deep.equal([]);
    expect(
      [...employer].some((t) => t.includes('die Person')),
      'talks about the person to hire',
    ).to.equal(true);
  });
});
