import { html, type TemplateResult } from 'lit';
import type { Share } from '../chart/series-facts.js';
import { cssProperties } from './css-properties.js';

/**
 * A ranking as horizontal bars in HTML (labels wrap, bars mirror right to left by themselves):
 * each bar carries its value in text, so colour is never the only cue. A bar's length is set
 * through the CSSOM (cssProperties), not as a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`) refuses on the county's and partners' pages.
 */
export function rankingBars(items: readonly Share[], formatNumber: (v: number) => string): TemplateResult {
  const max = Math.max(1, ...items.map((i) => i.value));
  return html`<ol class="ranking">
    ${items.map(
      (item) =>
        html`<li>
          <span class="bar-label">${item.label}</span>
          <span class="bar-track" aria-hidden="true"
            ><span class="bar" ${cssProperties({ 'inline-size': `${((item.value / max) * 100).toFixed(1)}%` })}></span
          ></span>
          <span class="bar-value">${formatNumber(item.value)}</span>
        </li>`,
    )}
  </ol>`;
}
