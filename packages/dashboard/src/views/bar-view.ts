import { RANKING_SIZE, latestRanking } from '../chart/series-facts.js';
import { rankingBars } from '../ui/bar-chart.js';
import type { TileView } from './tile-view.js';

/**
 * A ranking: drawn from the tile's own chunk (see dashboard-tile.ts), from the same ranking as
 * shownData's, without it (the table and CSV code load later).
 */
export const barView: TileView = {
  render: ({ metric, f }) => rankingBars(latestRanking(metric).items.slice(0, RANKING_SIZE), f.number),
};
