import { MOCK_VALID_TOKEN, mockFetch, newsletterHandlers, type Scenario } from '@welcome-widgets/api-mock';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { WelcomeNewsletterSignup } from '../src/newsletter-signup.js';

const backend = executeServerCommand<{ url: string }, undefined>('backend');
const apiOf = async () => `${(await backend).url}/api`;

function shadow(el: WelcomeNewsletterSignup) {
  return el.shadowRoot!;
}
const $ = <T extends Element = HTMLElement>(el: WelcomeNewsletterSignup, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const text = (el: WelcomeNewsletterSignup) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function rendered(el: WelcomeNewsletterSignup) {
  await waitUntil(() => shadow(el)?.querySelector('.root'), 'widget did not render');
  await el.updateComplete;
  return el;
}

async function mocked(scenario: Scenario, lang = 'de') {
  const calls: string[] = [];
  const fetcher = mockFetch(newsletterHandlers(scenario));
  const el = await fixture<WelcomeNewsletterSignup>(
    html`<welcome-newsletter-signup
      lang=${lang}
      .apiFetch=${(input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input instanceof Request ? input.url : input));
        return fetcher(input, init);
      }}
    ></welcome-newsletter-signup>`,
  );
  return { el: await rendered(el), calls };
}

function fillValid(el: WelcomeNewsletterSignup, email = 'valid.person@example.org') {
  const input = $<HTMLInputElement>(el, '#email');
  input.value = email;
  input.dispatchEvent(new Event('input'));
  $<HTMLInputElement>(el, '#topics-events').click();
  $<HTMLInputElement>(el, '#consent').click();
}

async function submit(el: WelcomeNewsletterSignup) {
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

describe('<welcome-newsletter-signup>', () => {
  for (const lang of ['de', 'en', 'ar']) {
    it(`is accessible in the form state (${lang})`, async () => {
      const { el } = await mocked('ok', lang);
      await expect(el).to.be.accessible();
    });
  }

  it('speaks German by default and Arabic right to left when asked', async () => {
    const german = await rendered(
      await fixture<WelcomeNewsletterSignup>(html`<welcome-newsletter-signup></welcome-newsletter-signup>`),
    );
    expect($(german, '.heading').textContent!.trim()).to.equal('Newsletter abonnieren');
    expect($(german, '.root').getAttribute('dir')).to.equal('ltr');

    const { el: arabic } = await mocked('ok', 'ar');
    expect($(arabic, '.root').getAttribute('dir')).to.equal('rtl');
    expect($(arabic, '.root').getAttribute('lang')).to.equal('ar');
    expect($(arabic, '.heading').textContent).to.match(/[\u0600-\u06FF]/);
    expect($<HTMLSelectElement>(arabic, '#language').value).to.equal('ar', 'newsletter language follows the page');
  });

  it('follows a language change on an ancestor and keeps each widget in its own language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="uk">
        <welcome-newsletter-signup id="a"></welcome-newsletter-signup>
        <welcome-newsletter-signup id="b" lang="vi"></welcome-newsletter-signup>
      </div>`,
    );
    const a = await rendered(wrapper.querySelector<WelcomeNewsletterSignup>('#a')!);
    const b = await rendered(wrapper.querySelector<WelcomeNewsletterSignup>('#b')!);
    expect($(a, '.heading').textContent).to.match(/[\u0400-\u04FF]/, 'Ukrainian');
    expect($(b, '.heading').textContent).to.match(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
      'Vietnamese',
    );

    wrapper.lang = 'es';
    await waitUntil(() => a.locale === 'es', 'did not follow the ancestor');
    await a.updateComplete;
    expect($(a, 'button[type=submit]').textContent).to.match(/Suscrib/);
    expect(b.locale).to.equal('vi');
  });

  it('falls back to English for an unknown language', async () => {
    const el = await rendered(
      await fixture<WelcomeNewsletterSignup>(html`<welcome-newsletter-signup lang="fr"></welcome-newsletter-signup>`),
    );
    expect(el.locale).to.equal('en');
  });

  it('shows translated field errors, focuses the first, and sends nothing', async () => {
    const { el, calls } = await mocked('ok', 'en');
    $<HTMLInputElement>(el, '#email').value = 'not-an-address';
    $<HTMLInputElement>(el, '#email').dispatchEvent(new Event('input'));
    await submit(el);
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email').getAttribute('aria-describedby')).to.contain('email-error');
    expect($(el, '#email-error').textContent).to.contain('valid e-mail address');
    expect(shadow(el).querySelector('#topics-error')).to.not.equal(null);
    expect(shadow(el).querySelector('#consent-error')).to.not.equal(null);
    expect(shadow(el).activeElement?.id).to.equal('email');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#email').value = 'fixed@example.org';
    $<HTMLInputElement>(el, '#email').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('#email-error')).to.equal(null, 'correcting a field clears its error');
  });

  it('maps field errors of a 422 onto the fields and keeps what was typed', async () => {
    const { el } = await mocked('validation', 'de');
    fillValid(el, 'server.rejects@example.org');
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('#email-error'), 'no field error shown');
    expect($(el, '#email-error').textContent).to.contain('gültige E-Mail-Adresse');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('server.rejects@example.org');
    expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
  });

  const problems: Array<[Scenario, RegExp]> = [
    ['error', /Server ist etwas schiefgegangen/],
    ['malformed', /Server ist etwas schiefgegangen/],
    ['offline', /Keine Verbindung/],
    ['rate-limited', /Zu viele Versuche.*\d{2}:\d{2}/],
  ];
  for (const [scenario, message] of problems) {
    it(`keeps the form and explains a ${scenario} answer`, async () => {
      const { el } = await mocked(scenario, 'de');
      fillValid(el, `${scenario}@example.org`);
      await submit(el);
      await waitUntil(() => shadow(el).querySelector('.problem .notice'), 'no problem shown');
      expect(text(el)).to.match(message);
      expect($(el, '.problem').getAttribute('role')).to.equal('alert');
      expect($<HTMLInputElement>(el, '#email').value).to.equal(`${scenario}@example.org`);
      expect($<HTMLInputElement>(el, '#topics-events').checked).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('retries after an error and succeeds', async () => {
    const { el } = await mocked('error', 'de');
    fillValid(el);
    await submit(el);
    await waitUntil(() => shadow(el).querySelector('.retry'), 'no retry button');
    el.apiFetch = mockFetch(newsletterHandlers('ok'));
    $<HTMLButtonElement>(el, '.retry').click();
    await waitUntil(() => shadow(el).querySelector('#outcome'), 'retry did not succeed');
    expect(text(el)).to.contain('valid.person@example.org');
  });

  it('shows that it is sending while the server is slow', async () => {
    const { el } = await mocked('slow', 'de');
    fillValid(el);
    await submit(el);
    const button = $(el, 'button[type=submit]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Wird gesendet');
    await expect(el).to.be.accessible();
  });

  it('subscribes by keyboard alone against the real server and confirms with the mailed link', async () => {
    const el = await rendered(
      await fixture<WelcomeNewsletterSignup>(
        html`<welcome-newsletter-signup
          lang="en"
          api=${await apiOf()}
          privacy-href="/privacy"
        ></welcome-newsletter-signup>`,
      ),
    );
    const email = `keyboard.${Date.now()}@example.org`;
    $<HTMLInputElement>(el, '#email').focus();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('topics-employers');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('language', 'the honeypot is skipped');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('submit');

    const requested = oneEvent(el, 'welcome-newsletter-requested');
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect(event.detail).to.deep.equal({ topics: ['employers', 'events'], language: 'en' });
    expect(JSON.stringify(event.detail)).not.to.contain('@', 'events carry no personal data');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('outcome', 'focus moves to the outcome');
    expect(text(el)).to.contain(email);
    await expect(el).to.be.accessible();

    const mail = await executeServerCommand<{ subject: string; text: string }, { to: string }>('next-mail', {
      to: email,
    });
    expect(mail.subject).to.equal('Please confirm your newsletter subscription');
    const token = /newsletter-confirm=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;

    const confirmPage = await rendered(
      await fixture<WelcomeNewsletterSignup>(
        html`<welcome-newsletter-signup
          lang="en"
          api=${await apiOf()}
          confirm-token=${token}
        ></welcome-newsletter-signup>`,
      ),
    );
    await waitUntil(() => /confirmed/i.test(text(confirmPage)), 'not confirmed');
    expect(text(confirmPage)).to.contain('Your subscription is confirmed');
    await expect(confirmPage).to.be.accessible();

    const second = await rendered(
      await fixture<WelcomeNewsletterSignup>(
        html`<welcome-newsletter-signup
          lang="en"
          api=${await apiOf()}
          .confirmToken=${token}
        ></welcome-newsletter-signup>`,
      ),
    );
    await waitUntil(() => /confirmed/i.test(text(second)), 'a second widget on the page shares the one redemption');

    const forged = await rendered(
      await fixture<WelcomeNewsletterSignup>(
        html`<welcome-newsletter-signup
          lang="ar"
          api=${await apiOf()}
          .confirmToken=${'A'.repeat(43)}
        ></welcome-newsletter-signup>`,
      ),
    );
    await waitUntil(() => forged.shadowRoot!.querySelector('.error-notice'), 'a forged token must be refused');
    await expect(forged).to.be.accessible();
  });

  it('tells a person who opens the confirmation link again that they are subscribed', async () => {
    const api = await apiOf();
    const email = `twice.${Date.now()}@example.org`;
    const subscribed = await fetch(`${api}/v1/newsletter/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        topics: ['events'],
        language: 'de',
        consent: true,
        consentVersion: 'newsletter-consent-2026-11',
        page: location.href,
      }),
    });
    expect(subscribed.status).to.equal(202);
    const mail = await executeServerCommand<{ text: string }, { to: string }>('next-mail', { to: email });
    const token = /newsletter-confirm=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    // The first click, in another tab or on another day.
    expect((await fetch(`${api}/v1/newsletter/confirm?token=${token}`)).status).to.equal(200);

    const confirmed: Event[] = [];
    document.addEventListener('welcome-newsletter-confirmed', (event) => confirmed.push(event));
    const again = await rendered(
      await fixture<WelcomeNewsletterSignup>(
        html`<welcome-newsletter-signup lang="de" api=${api} confirm-token=${token}></welcome-newsletter-signup>`,
      ),
    );
    await waitUntil(() => again.shadowRoot!.querySelector('#outcome'), 'no outcome shown');
    expect(text(again)).to.contain('bereits abonniert');
    expect(text(again)).not.to.match(/ungültig|abgelaufen/);
    expect(again.shadowRoot!.querySelector('.success-notice')).not.to.equal(null);
    expect(confirmed, 'nothing changed now: the host page hears nothing').to.have.length(0);
    await expect(again).to.be.accessible();
  });

  it('redeems a link from the address bar and removes the token from it', async () => {
    const before = location.href;
    history.replaceState(null, '', `?newsletter-unsubscribe=${MOCK_VALID_TOKEN}&keep=1`);
    try {
      const { el } = await mocked('ok', 'de');
      await waitUntil(() => /abbestellt/.test(text(el)), 'not unsubscribed');
      expect(location.search).to.equal('?keep=1');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
