import { expect, waitUntil } from '@open-wc/testing';

describe('the one-script-tag autoloader', () => {
  it('defines a widget when its tag appears later, and a second copy changes nothing', async () => {
    expect(customElements.get('welcome-newsletter-signup')).to.equal(undefined);
    await import('../src/welcome-widgets.js');
    const el = document.createElement('welcome-newsletter-signup');
    document.body.append(el);
    await waitUntil(() => customElements.get('welcome-newsletter-signup'), 'not defined after insertion');
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'did not render');

    const registry = (globalThis as Record<symbol, { version: string }>)[Symbol.for('welcome-widgets.autoloader')];
    expect(registry?.version).to.match(/^\d+\.\d+\.\d+/);
    // A second copy (another URL = another module instance) must be harmless.
    // A different URL is a second module instance, like a second script tag of another version.
    const secondCopy = new URL('../src/welcome-widgets.ts?copy=2', import.meta.url).href;
    await import(/* @vite-ignore */ secondCopy);
    expect(customElements.get('welcome-newsletter-signup')).to.not.equal(undefined);
    el.remove();
  });

  it('finds tags in the open shadow roots of the page’s own components, also of ones defined later', async () => {
    await import('../src/welcome-widgets.js');
    // A component that renders a widget into its shadow root when connected (Lit does it a microtask later).
    customElements.define(
      'page-card',
      class extends HTMLElement {
        connectedCallback(): void {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          queueMicrotask(() => root.append(document.createElement('welcome-faq-search')));
        }
      },
    );
    document.body.append(document.createElement('page-card'));
    await waitUntil(() => customElements.get('welcome-faq-search'), '<welcome-faq-search> in a shadow root not loaded');

    // Inserted first, defined afterwards: the upgrade gives it a shadow root without a mutation the autoloader sees.
    const late = document.createElement('page-late-card');
    document.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 50));
    customElements.define(
      'page-late-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).append(document.createElement('welcome-quickcheck'));
        }
      },
    );
    await waitUntil(
      () => customElements.get('welcome-quickcheck'),
      '<welcome-quickcheck> of a later-defined component not loaded',
    );
    expect(customElements.get('welcome-dashboard'), 'a tag nowhere on the page stays unloaded').to.equal(undefined);
  });
});
