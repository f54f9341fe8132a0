import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { WelcomeDashboard } from '../../src/dashboard.js';
import type { WelcomeDashboardTile } from '../../src/dashboard-tile.js';

const backend = executeServerCommand<{ url: string }, undefined>('backend');

/** The real server's API base (started beside the tests by scripts/wtr-real-backend.mjs). */
export const apiOf = async () => `${(await backend).url}/api`;

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A tile on the real server's seed data, once it has drawn its figures (or its problem). */
export async function tile(metric: string, variant: string, lang = 'de'): Promise<WelcomeDashboardTile> {
  const el = await fixture<WelcomeDashboardTile>(
    html`<welcome-dashboard-tile
      api=${await apiOf()}
      metric=${metric}
      variant=${variant}
      lang=${lang}
    ></welcome-dashboard-tile>`,
  );
  await waitUntil(() => $(el, '.summary, [role=alert]'), `${metric} loaded`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The default dashboard (the demo's figures page), once every tile has drawn. */
export async function defaultDashboard(lang = 'de'): Promise<{ el: WelcomeDashboard; tiles: WelcomeDashboardTile[] }> {
  const el = await fixture<WelcomeDashboard>(
    html`<welcome-dashboard api=${await apiOf()} lang=${lang}></welcome-dashboard>`,
  );
  await el.updateComplete;
  const tiles = $$<WelcomeDashboardTile>(el, 'welcome-dashboard-tile');
  await waitUntil(() => tiles.every((t) => $(t, '.summary')), 'all tiles loaded', { timeout: 8000 });
  await Promise.all(tiles.map((t) => t.updateComplete));
  return { el, tiles };
}

/** Opens a tile's "show as table" and waits for the table. */
export async function openTable(el: WelcomeDashboardTile): Promise<void> {
  $<HTMLButtonElement>(el, 'button[aria-expanded]')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, 'table'), 'table shown');
}
