import { html, nothing, type TemplateResult } from 'lit';

export type StatusTone = 'success' | 'warning' | 'info';

export interface StatusBoxOptions {
  tone: StatusTone;
  /** Bold first line; the box is named by it and takes the focus, so nobody misses an outcome. */
  title: string;
  /** The id of the box (its title's is `<id>-title`), for focus and tests. */
  id: string;
  body?: unknown;
}

/**
 * An outcome as a person should notice it: a bordered, tinted box with a bold title, in a success,
 * warning or neutral tone. Colour is never the only signal (the title says it), and in forced
 * colours the border stays.
 */
export function statusBox(options: StatusBoxOptions): TemplateResult {
  return html`<div
    id=${options.id}
    class="status-box ${options.tone}"
    part="status"
    role="group"
    aria-labelledby="${options.id}-title"
    aria-describedby=${options.body ? `${options.id}-body` : nothing}
    data-tone=${options.tone}
    tabindex="-1"
  >
    <p id="${options.id}-title" class="status-title">${options.title}</p>
    ${options.body ? html`<div id="${options.id}-body" class="status-body">${options.body}</div>` : nothing}
  </div>`;
}
