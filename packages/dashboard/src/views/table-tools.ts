import type { DashboardMetric, SupportedLocale } from '@welcome-widgets/domain';
import type { TemplateResult } from 'lit';
import { csvConventionsFor, toCsv } from '../chart/csv.js';
import { shownData, type ShownVariant } from '../chart/shown-data.js';
import { dataTable } from '../ui/data-table.js';
import type { TileView, TileViewInput } from './tile-view.js';

/** The figures the tile shows, as a table. */
export function tableOf({ metric, f, uid, texts }: TileViewInput, variant: ShownVariant): TemplateResult {
  const shown = shownData(metric, variant);
  return dataTable(shown, {
    caption: texts.caption(shown.dates),
    category: texts.category(),
    date: texts.date(),
    captionId: `${uid}-caption`,
    formatNumber: f.number,
    formatDate: f.date,
  });
}

/** The shown data as a CSV file, made in the browser: nothing is sent anywhere. */
export function downloadCsv(root: Node, metric: DashboardMetric, variant: ShownVariant, locale: SupportedLocale): void {
  const shown = shownData(metric, variant);
  const csv = toCsv(shown, csvConventionsFor(locale));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  const period = shown.dates.length
    ? `-${shown.dates[0]}${shown.dates.length > 1 ? `_${shown.dates.at(-1)}` : ''}`
    : '';
  link.download = `${metric.id}${period}.csv`;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const view: TileView = { render: (input) => tableOf(input, 'table') };

/** The `table` variant: the table is the tile's chart. */
export function createView(): TileView {
  return view;
}
