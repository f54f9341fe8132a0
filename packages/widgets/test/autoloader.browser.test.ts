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
});
