import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { WelcomeFaqSearch } from '../src/faq-search.js';

const realServer = executeServerCommand<{ url: string }, undefined>('backend');
/** A chunk the server does not have: the browser's real failed dynamic import. */
const MISSING = '/no-such-chunk.js';

const $ = <T extends Element = HTMLElement>(el: WelcomeFaqSearch, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

describe('<welcome-faq-search> whose search engine chunk cannot be loaded', () => {
  const { partsLoader } = WelcomeFaqSearch;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  beforeEach(() => window.addEventListener('unhandledrejection', onUnhandled));
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    WelcomeFaqSearch.partsLoader = partsLoader;
  });

  it('shows the usual problem with "try again", and searches once the chunk loads', async () => {
    WelcomeFaqSearch.partsLoader = () => import(/* @vite-ignore */ MISSING);
    const el = await fixture<WelcomeFaqSearch>(
      html`<welcome-faq-search api=${`${(await realServer).url}/api`} lang="de"></welcome-faq-search>`,
    );
    await waitUntil(() => $(el, '[role=alert] .retry'), 'problem shown', { timeout: 5000 });
    expect($(el, '#faq-input'), 'no search without its engine').to.equal(null);
    await expect(el).to.be.accessible();

    WelcomeFaqSearch.partsLoader = partsLoader;
    $<HTMLButtonElement>(el, '[role=alert] .retry')!.click();
    await waitUntil(() => $(el, '#faq-input'), 'search shown after trying again', { timeout: 5000 });
    $<HTMLInputElement>(el, '#faq-input')!.focus();
    await sendKeys({ type: 'Aufenthaltstitel' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[data-entry]').length > 0, 'answers found');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(unhandled, 'no uncaught error').to.deep.equal([]);
  });
});
