import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { WelcomeQuickcheck } from '../../src/quickcheck.js';
import { QUESTIONS } from '@welcome-widgets/domain/quickcheck';

export interface Case {
  name: string;
  profile: Record<string, unknown>;
  expect: { pathways: string[] };
}

let cases: Promise<Case[]> | undefined;
/** The domain's reference cases (a copy kept beside the evaluator's tests in packages/domain). */
export function domainCases(): Promise<Case[]> {
  cases ??= fetch(new URL('../../../domain/test/fixtures/quickcheck-cases.json', import.meta.url))
    .then((response) => response.json() as Promise<{ cases: Case[] }>)
    .then((file) => file.cases);
  return cases;
}
export const caseNamed = async (start: string) => (await domainCases()).find((c) => c.name.startsWith(start))!;

const backend = executeServerCommand<{ url: string }, undefined>('backend');
export const apiOf = async () => `${(await backend).url}/api`;

export const root = (el: WelcomeQuickcheck) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: WelcomeQuickcheck, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: WelcomeQuickcheck, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
/** The visible text, whitespace collapsed, no-break spaces as spaces. */
export const text = (el: WelcomeQuickcheck) => root(el).textContent!.replace(/[\s\u00a0\u202f]+/g, ' ');
export const currentQuestion = (el: WelcomeQuickcheck) =>
  $(el, 'form[data-question]')?.getAttribute('data-question') ?? undefined;
export const shownPathways = (el: WelcomeQuickcheck) =>
  $$(el, '[data-pathway]').map((card) => card.getAttribute('data-pathway')!);
export const focused = (el: WelcomeQuickcheck) => root(el).activeElement as HTMLElement | null;

export async function ready(el: WelcomeQuickcheck) {
  const shown = () => currentQuestion(el) || $(el, '.result') || $(el, '.answers-summary') || $(el, '[role=alert]');
  await waitUntil(shown, 'quickcheck did not load', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

export interface RealOptions {
  lang?: string;
  audience?: string;
  bookingHref?: string;
}

/** The widget against the real server. */
export async function real(options: RealOptions = {}) {
  const el = await fixture<WelcomeQuickcheck>(
    html`<welcome-quickcheck
      api=${await apiOf()}
      lang=${options.lang ?? 'de'}
      audience=${options.audience ?? 'worker'}
      booking-href=${options.bookingHref ?? ''}
    ></welcome-quickcheck>`,
  );
  return ready(el);
}

/** "Next", then whatever comes: the questions after the first may wait for their chunk (loaded on demand). */
export async function submit(el: WelcomeQuickcheck) {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await ready(el);
}

export async function typeNumber(el: WelcomeQuickcheck, value: string) {
  const input = $<HTMLInputElement>(el, '#q-input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Answers the question on screen with the profile's value, by clicking and typing like a person. */
export async function answer(el: WelcomeQuickcheck, profile: Record<string, unknown>, lang: string) {
  const id = currentQuestion(el)!;
  const question = QUESTIONS.find((q) => q.id === id)!;
  const value = profile[id];
  switch (question.kind) {
    case 'country': {
      const input = $<HTMLInputElement>(el, '#q-input')!;
      input.focus();
      const name = new Intl.DisplayNames([lang], { type: 'region' }).of(String(value))!;
      await sendKeys({ type: name.slice(0, 5) });
      await el.updateComplete;
      const option = $<HTMLElement>(el, `#country-${String(value)}`);
      expect(option, `${name} is offered`).to.not.equal(null);
      option!.click();
      break;
    }
    case 'yes-no':
    case 'choice':
      $<HTMLInputElement>(el, `#o-${String(value)}`)!.click();
      break;
    default:
      await typeNumber(el, new Intl.NumberFormat(lang).format(Number(value)));
  }
  await el.updateComplete;
  await submit(el);
  return id;
}

export async function walkThrough(
  el: WelcomeQuickcheck,
  profile: Record<string, unknown>,
  lang: string,
  check?: () => Promise<void>,
) {
  const asked: string[] = [];
  for (let step = 0; step < 25 && currentQuestion(el); step++) {
    if (check) await check();
    asked.push(await answer(el, profile, lang));
  }
  expect($(el, '.result'), 'result shown').to.not.equal(null);
  return asked;
}

export const clearFragment = () => history.replaceState(null, '', location.pathname + location.search);
