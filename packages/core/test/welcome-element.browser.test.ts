import { expect, fixture, html } from '@open-wc/testing';
import { gate, type LangProbe } from './support/lang-probe.js';
import './support/lang-probe.js';

async function settle(probe: LangProbe): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, gate.delayMs + 10));
    await probe.updateComplete;
  }
}

describe('WelcomeElement', () => {
  afterEach(() => {
    gate.delayMs = 0;
    document.documentElement.lang = 'en';
  });

  it('takes its own lang, else the nearest ancestor’s (across shadow roots), else the document’s, else German', async () => {
    const own = await fixture<LangProbe>(
      html`<div lang="ar"><welcome-lang-probe lang="uk"></welcome-lang-probe></div>`,
    );
    const inner = own.querySelector('welcome-lang-probe') as LangProbe;
    await settle(inner);
    expect(inner.say().text).to.equal('Привіт');

    const ancestor = await fixture<HTMLElement>(
      html`<section lang="ar"><welcome-lang-probe></welcome-lang-probe></section>`,
    );
    const fromAncestor = ancestor.querySelector('welcome-lang-probe') as LangProbe;
    await settle(fromAncestor);
    expect(fromAncestor.say()).to.deep.equal({ text: 'مرحبًا', dir: 'rtl' });

    const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<welcome-lang-probe></welcome-lang-probe>';
    const shadowed = root.querySelector('welcome-lang-probe') as LangProbe;
    await settle(shadowed);
    expect(shadowed.say().text).to.equal('Hola');

    document.documentElement.removeAttribute('lang');
    const bare = await fixture<LangProbe>(html`<welcome-lang-probe></welcome-lang-probe>`);
    await settle(bare);
    expect(bare.say().text).to.equal('Hallo');

    const unknown = await fixture<LangProbe>(html`<welcome-lang-probe lang="fr-CA"></welcome-lang-probe>`);
    await settle(unknown);
    expect(unknown.say().text).to.equal('Hello');
  });

  it('never shows German first while translations load', async () => {
    gate.delayMs = 150;
    const probe = document.createElement('welcome-lang-probe') as LangProbe;
    probe.lang = 'vi';
    document.body.append(probe);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probe.shadowRoot?.querySelector('p')?.textContent?.trim() ?? '').not.to.equal('Hallo');
      await settle(probe);
      expect(probe.say().text).to.equal('Xin chào');
    } finally {
      probe.remove();
    }
  });

  it('follows a language change on the element or the page, the last change winning', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><welcome-lang-probe></welcome-lang-probe></div>`);
    const probe = wrapper.querySelector('welcome-lang-probe') as LangProbe;
    await settle(probe);
    expect(probe.say().text).to.equal('Hallo');
    gate.delayMs = 80;
    wrapper.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve, 10));
    wrapper.lang = 'ar';
    await settle(probe);
    expect(probe.say()).to.deep.equal({ text: 'مرحبًا', dir: 'rtl' });
    probe.lang = 'en';
    await settle(probe);
    expect(probe.say()).to.deep.equal({ text: 'Hello', dir: 'ltr' });
  });

  it('shows two languages side by side on one page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <welcome-lang-probe lang="de"></welcome-lang-probe><welcome-lang-probe lang="ar"></welcome-lang-probe>
      </div>`,
    );
    const [german, arabic] = [...page.querySelectorAll('welcome-lang-probe')] as LangProbe[];
    await settle(arabic!);
    expect(german!.say().text).to.equal('Hallo');
    expect(arabic!.say().text).to.equal('مرحبًا');
  });

  it('emits events that bubble out of shadow roots to the page', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<welcome-lang-probe></welcome-lang-probe>';
    const probe = root.querySelector('welcome-lang-probe') as LangProbe;
    let heard: CustomEvent | undefined;
    document.addEventListener('welcome-probe', (event) => (heard = event as CustomEvent), { once: true });
    probe.fire();
    expect(heard?.detail).to.deep.equal({ id: 'x' });
  });

  it('makes one API client per base URL', async () => {
    const probe = await fixture<LangProbe>(html`<welcome-lang-probe api="/one"></welcome-lang-probe>`);
    const first = probe.client;
    expect(probe.client).to.equal(first);
    probe.api = '/two';
    expect(probe.client).not.to.equal(first);
  });
});
