import { MOCK_VALID_TOKEN, mockFetch, newsletterHandlers, type Scenario } from '@welcome-widgets/api-mock';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { WelcomeNewsletterSignup } from '../src/newsletter-signup.js';

/** Every state the widget can show, reached through the mocked backend, checked by axe in three languages. */
interface StateCase {
  name: string;
  scenario: Scenario;
  token?: { attribute: 'confirm-token' | 'unsubscribe-token'; value: string };
  submit?: 'empty' | 'filled';
  ready: (root: ShadowRoot) => boolean;
}

const STATES: StateCase[] = [
  { name: 'form', scenario: 'ok', ready: (r) => !!r.querySelector('form') },
  { name: 'field errors', scenario: 'ok', submit: 'empty', ready: (r) => !!r.querySelector('#email-error') },
  { name: 'submitting', scenario: 'slow', submit: 'filled', ready: (r) => !!r.querySelector('[aria-disabled="true"]') },
  { name: 'check your inbox', scenario: 'ok', submit: 'filled', ready: (r) => !!r.querySelector('#outcome') },
  { name: 'server error', scenario: 'error', submit: 'filled', ready: (r) => !!r.querySelector('.problem .notice') },
  {
    name: 'rate limited',
    scenario: 'rate-limited',
    submit: 'filled',
    ready: (r) => !!r.querySelector('.problem .notice'),
  },
  {
    name: 'server field errors',
    scenario: 'validation',
    submit: 'filled',
    ready: (r) => !!r.querySelector('#email-error'),
  },
  {
    name: 'confirmed',
    scenario: 'ok',
    token: { attribute: 'confirm-token', value: MOCK_VALID_TOKEN },
    ready: (r) => !!r.querySelector('.success-notice'),
  },
  {
    name: 'unsubscribed',
    scenario: 'ok',
    token: { attribute: 'unsubscribe-token', value: MOCK_VALID_TOKEN },
    ready: (r) => !!r.querySelector('.success-notice'),
  },
  {
    name: 'invalid link',
    scenario: 'ok',
    token: { attribute: 'confirm-token', value: 'B'.repeat(43) },
    ready: (r) => !!r.querySelector('.error-notice'),
  },
  {
    name: 'link while offline',
    scenario: 'offline',
    token: { attribute: 'confirm-token', value: 'C'.repeat(43) },
    ready: (r) => !!r.querySelector('.error-notice button.retry'),
  },
];

async function widgetIn(state: StateCase, lang: string) {
  const el = await fixture<WelcomeNewsletterSignup>(
    html`<welcome-newsletter-signup lang=${lang} privacy-href="/privacy"></welcome-newsletter-signup>`,
  );
  el.apiFetch = mockFetch(newsletterHandlers(state.scenario));
  if (state.token) el.setAttribute(state.token.attribute, state.token.value);
  // Tokens are redeemed on connect: reconnect now that the mock and token are in place.
  el.remove();
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.root'));
  const root = el.shadowRoot!;
  if (state.submit === 'filled') {
    const email = root.querySelector<HTMLInputElement>('#email')!;
    email.value = `state.${lang}@example.org`;
    email.dispatchEvent(new Event('input'));
    root.querySelector<HTMLInputElement>('#topics-legal-changes')!.click();
    root.querySelector<HTMLInputElement>('#consent')!.click();
  }
  if (state.submit) root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await waitUntil(() => state.ready(root), `state "${state.name}" not reached`);
  await el.updateComplete;
  return el;
}

describe('<welcome-newsletter-signup> states', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('welcome-newsletter-signup')) el.remove();
  });

  for (const state of STATES) {
    for (const lang of ['de', 'en', 'ar']) {
      it(`"${state.name}" is accessible in ${lang}`, async () => {
        const el = await widgetIn(state, lang);
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('announces a confirmed link to the host page', async () => {
    const el = document.createElement('welcome-newsletter-signup');
    el.apiFetch = mockFetch(newsletterHandlers('ok'));
    el.setAttribute('confirm-token', MOCK_VALID_TOKEN);
    const confirmed = oneEvent(el, 'welcome-newsletter-confirmed');
    document.body.append(el);
    expect((await confirmed).detail).to.deep.equal({ action: 'confirm' });
  });
});
