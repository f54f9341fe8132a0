import { html, type TemplateResult } from 'lit';
import type { ShownData } from '../chart/shown-data.js';

/**
 * The shown data as a table in a scroll region: wider than its tile, it scrolls inside the region
 * (focusable, so the keyboard can scroll it; named by the caption) instead of widening the tile.
 * One date (a ranking, a breakdown): one row per series in the tile's order, as the bars stand;
 * several dates: one row per date, one column per series.
 */
export function dataTable(
  { dates, rows }: ShownData,
  options: {
    caption: string;
    /** Column headers: a one-date table's rows, a table over time's dates. */
    category: string;
    date: string;
    captionId: string;
    formatNumber: (v: number) => string;
    formatDate: (iso: string) => string;
  },
): TemplateResult {
  const cell = (value: number | undefined) => html`<td>${value === undefined ? '–' : options.formatNumber(value)}</td>`;
  const body =
    dates.length === 1
      ? html`<thead>
            <tr>
              <th scope="col">${options.category}</th>
              <th scope="col">${options.formatDate(dates[0]!)}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.label}</th>
                  ${cell(r.values[0])}
                </tr>`,
            )}
          </tbody>`
      : html`<thead>
            <tr>
              <th scope="col">${options.date}</th>
              ${rows.map((r) => html`<th scope="col">${r.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${dates.map(
              (date, d) =>
                html`<tr>
                  <th scope="row">${options.formatDate(date)}</th>
                  ${rows.map((r) => cell(r.values[d]))}
                </tr>`,
            )}
          </tbody>`;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${options.captionId}>
    <table part="table">
      <caption id=${options.captionId}>
        ${options.caption}
      </caption>
      ${body}
    </table>
  </div>`;
}
