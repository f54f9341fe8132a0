import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { WelcomeElement } from '../../src/element/welcome-element.js';
import type { LocaleLoaders } from '../../src/locale/locale-catalog.js';

/** Translations held back until the test lets them arrive, as a slow network would. */
export const gate = { delayMs: 0 };

function slowly(templates: Record<string, string>) {
  return () =>
    new Promise<{ templates: Record<string, string> }>((resolve) =>
      setTimeout(() => resolve({ templates }), gate.delayMs),
    );
}

const loaders: LocaleLoaders = {
  en: slowly({ 'probe.hello': 'Hello' }),
  uk: slowly({ 'probe.hello': 'Привіт' }),
  ru: slowly({ 'probe.hello': 'Привет' }),
  ar: slowly({ 'probe.hello': 'مرحبًا' }),
  es: slowly({ 'probe.hello': 'Hola' }),
  vi: slowly({ 'probe.hello': 'Xin chào' }),
} as unknown as LocaleLoaders;

/** A widget with one translated string, to watch the base element's language handling. */
export class LangProbe extends WelcomeElement {
  static override localeLoaders = loaders;

  protected override render(): TemplateResult {
    return html`<p dir=${this.textDir}>${msg('Hallo', { id: 'probe.hello' })}</p>`;
  }

  say(): { text: string; dir: string } {
    const p = this.shadowRoot!.querySelector('p')!;
    return { text: p.textContent!.trim(), dir: p.dir };
  }

  fire(): boolean {
    return this.emit('welcome-probe', { id: 'x' });
  }
}
customElements.define('welcome-lang-probe', LangProbe);
