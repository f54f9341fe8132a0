import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { FormProbe } from './support/form-probe.js';
import './support/form-probe.js';

const { url } = (await executeServerCommand('backend')) as { url: string };
const api = `${url}/api`;

function $(probe: FormProbe, selector: string): HTMLElement {
  const found = probe.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function type(probe: FormProbe, selector: string, text: string): Promise<void> {
  $(probe, selector).focus();
  await sendKeys({ type: text });
  await probe.updateComplete;
}

describe('FormController and the field templates', () => {
  it('maps the server’s 422 onto the fields, focuses the first, and keeps what was typed', async () => {
    const probe = await fixture<FormProbe>(html`<welcome-form-probe api=${api}></welcome-form-probe>`);
    await type(probe, '#email', 'not-an-address');
    await type(probe, '#note', 'Bitte auf Arabisch');
    expect(await probe.send()).to.equal(false);
    await probe.updateComplete;

    const email = $(probe, '#email') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect($(probe, '#email-error').textContent).to.contain('email:');
    expect(probe.shadowRoot!.activeElement).to.equal(email);
    // consent was not given either: both are named, the first in page order has the focus.
    expect($(probe, '#consent').getAttribute('aria-invalid')).to.equal('true');
    expect(email.value).to.equal('not-an-address');
    expect(($(probe, '#note') as HTMLTextAreaElement).value).to.equal('Bitte auf Arabisch');
    await expect(probe).to.be.accessible();
  });

  it('clears a field’s error as soon as the person corrects it, and sends', async () => {
    const probe = await fixture<FormProbe>(html`<welcome-form-probe api=${api}></welcome-form-probe>`);
    probe.form.showErrors({ email: 'invalid', consent: 'required', unrelated: 'invalid' });
    await probe.updateComplete;
    expect(Object.keys(probe.form.errors)).to.deep.equal(['email', 'consent']);
    await type(probe, '#email', `form-${Date.now()}@example.org`);
    expect($(probe, '#email').getAttribute('aria-invalid')).to.equal('false');
    expect(probe.shadowRoot!.querySelector('#email-error')).to.equal(null);
    $(probe, '#consent').click();
    await probe.updateComplete;
    expect(await probe.send()).to.equal(true);
    expect(probe.sent).to.equal(1);
  });

  it('keeps everything through a network failure and offers to try again', async () => {
    let down = true;
    const probe = await fixture<FormProbe>(
      html`<welcome-form-probe
        api=${api}
        .apiFetch=${
          ((input: RequestInfo | URL, init?: RequestInit) =>
            down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) as typeof fetch
        }
      ></welcome-form-probe>`,
    );
    await type(probe, '#email', `retry-${Date.now()}@example.org`);
    $(probe, '#consent').click();
    await probe.updateComplete;
    expect(await probe.send()).to.equal(false);
    await probe.updateComplete;
    const notice = $(probe, '[data-problem]');
    expect(notice.dataset.problem).to.equal('network');
    expect(notice.closest('[role="alert"]'), 'inside a live region that was there before').to.equal(
      $(probe, '.problem'),
    );
    expect(notice.textContent).to.contain('Ihre Angaben bleiben erhalten');
    expect(($(probe, '#email') as HTMLInputElement).value).to.match(/^retry-/);
    await expect(probe).to.be.accessible();
    down = false;
    $(probe, '.retry').click();
    await until(() => !probe.form.submitting && probe.sent + (probe.form.problem ? 1 : 0) > 0);
    await probe.updateComplete;
    expect(probe.form.problem).to.equal(undefined);
    expect(probe.sent).to.equal(1);
    expect(probe.shadowRoot!.querySelector('[data-problem]')).to.equal(null);
  });

  it('does not send while offline and says so', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const probe = await fixture<FormProbe>(html`<welcome-form-probe api=${api}></welcome-form-probe>`);
      probe.form.set({ email: 'offline@example.org', consent: true });
      expect(await probe.send()).to.equal(false);
      await probe.updateComplete;
      expect($(probe, '[data-problem]').dataset.problem).to.equal('offline');
      expect(probe.sent).to.equal(0);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('names the rate limit’s end as a time in the widget’s language', async () => {
    const limited = (() =>
      Promise.resolve(
        Response.json(
          { error: { code: 'rate-limited', message: 'Too many' }, requestId: 'r' },
          { status: 429, headers: { 'retry-after': '120' } },
        ),
      )) as typeof fetch;
    const probe = await fixture<FormProbe>(
      html`<welcome-form-probe api=${api} lang="de" .apiFetch=${limited}></welcome-form-probe>`,
    );
    probe.form.set({ email: 'limit@example.org', consent: true });
    await probe.send();
    await probe.updateComplete;
    const notice = $(probe, '[data-problem]');
    expect(notice.dataset.problem).to.equal('rate-limited');
    expect(notice.textContent).to.match(/ab \d\d:\d\d Uhr/);
    expect(probe.shadowRoot!.querySelector('.retry')).to.equal(null);
  });

  for (const lang of ['de', 'ar']) {
    it(`draws checkboxes as large as the text and the privacy link under the consent text (${lang}, 320 px)`, async () => {
      await setViewport({ width: 320, height: 640 });
      // A host page with a shrunken rem and the browser's 13.33px controls must not shrink them.
      const wrapper = await fixture<HTMLElement>(
        html`<div style="font-size: 16px" lang=${lang}><welcome-form-probe api=${api}></welcome-form-probe></div>`,
      );
      const probe = wrapper.querySelector('welcome-form-probe') as FormProbe;
      await probe.updateComplete;
      const box = $(probe, '#consent').getBoundingClientRect();
      const label = $(probe, 'label[for="consent"]').getBoundingClientRect();
      const link = $(probe, '.privacy a').getBoundingClientRect();
      expect(box.width).to.be.at.least(16);
      expect(box.height).to.be.at.least(16);
      // The link starts where the consent text starts: left in German, right in Arabic.
      const start = (rect: DOMRect) => (lang === 'ar' ? rect.right : rect.left);
      expect(Math.abs(start(link) - start(label))).to.be.below(1);
      await setViewport({ width: 800, height: 600 });
    });
  }

  it('reaches every field by keyboard in page order', async () => {
    const probe = await fixture<FormProbe>(html`<welcome-form-probe api=${api}></welcome-form-probe>`);
    $(probe, '#email').focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = probe.shadowRoot!.activeElement as HTMLElement | null;
      order.push(active?.id || active?.textContent?.trim() || active?.tagName || '');
    }
    expect(order.map((name) => name.split(/\s+/)[0])).to.deep.equal([
      'language',
      'note',
      'consent',
      'Datenschutzhinweise',
      'Senden',
    ]);
  });
});
