import { defineElement } from '@welcome-widgets/core';
import { WelcomeDashboardTile } from './dashboard-tile.js';
import { WelcomeDashboard } from './dashboard.js';

defineElement('welcome-dashboard-tile', WelcomeDashboardTile);
defineElement('welcome-dashboard', WelcomeDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-dashboard': WelcomeDashboard;
    'welcome-dashboard-tile': WelcomeDashboardTile;
  }
}
