import { stackedColumns } from '../ui/stacked-chart.js';
import { pointChartView } from './point-chart-view.js';
import type { TileView, TileViewHost } from './tile-view.js';

export function createView(host: TileViewHost): TileView {
  return pointChartView(host, 'stacked', stackedColumns);
}
