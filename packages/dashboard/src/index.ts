export { WelcomeDashboard } from './dashboard.js';
export { WelcomeDashboardTile, TILE_VARIANTS, type TileVariant } from './dashboard-tile.js';
