import { svg, type SVGTemplateResult } from 'lit';
import { styleOf } from './palette.js';

/**
 * The legend's key for a series, drawn like the series itself: the line with its dash and point,
 * or a square filled with the column's pattern (defined in the chart beside it). A colour square
 * alone would tell series apart by colour only, and vanish in forced-colours mode.
 */
export function legendSwatch(index: number, variant: 'line' | 'stacked', idPrefix: string): SVGTemplateResult {
  const { color, dash } = styleOf(index);
  return variant === 'line'
    ? svg`<svg class="swatch swatch-line" viewBox="0 0 24 12" aria-hidden="true">
        <path class="line" d="M0,6 L24,6" fill="none" stroke=${color} stroke-width="2" stroke-dasharray=${dash}></path>
        <circle class="point" cx="12" cy="6" r="3" fill=${color}></circle>
      </svg>`
    : svg`<svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">
        <rect class="segment" width="12" height="12" fill="url(#${idPrefix}-p${index})" stroke="#767676" stroke-width="1"></rect>
      </svg>`;
}
