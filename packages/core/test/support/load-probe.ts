import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { WelcomeElement } from '../../src/element/welcome-element.js';
import { LoadController } from '../../src/load/load-controller.js';

const Health = z.object({ status: z.string() });

/** A widget that loads the real server's health answer for its `topic` and shows what it got. */
export class LoadProbe extends WelcomeElement {
  @property() topic = 'a';
  /** What each load saw: the language and topic it was asked for. */
  readonly started: Array<{ locale: string; topic: string; signal: AbortSignal }> = [];

  readonly load = new LoadController(this, {
    args: () => (this.topic ? ([this.topic] as const) : undefined),
    task: async ([topic], { client, locale, signal }) => {
      this.started.push({ locale, topic, signal });
      const health = await client.get('v1/health', Health, { signal, searchParams: { lang: locale, topic } });
      return { ...health, locale, topic };
    },
  });

  protected override render(): TemplateResult {
    return html`${this.load.render({
      pending: () => html`<p class="pending">…</p>`,
      complete: (value) => html`<p class="value">${value.locale}/${value.topic}</p>`,
      error: (problem) => html`<p class="problem">${problem}</p>`,
    })}`;
  }
}
customElements.define('welcome-load-probe', LoadProbe);
