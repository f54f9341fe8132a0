import { expect, waitUntil } from '@open-wc/testing';
import { WelcomeDashboardTile } from '../src/dashboard-tile.js';
import { $, tile } from './support/tiles.js';

/** A chunk the server does not have: the browser's real failed dynamic import. */
const MISSING = '/no-such-chunk.js';
const missingChunk = () => import(/* @vite-ignore */ MISSING);

describe('a tile whose code chunk cannot be loaded', () => {
  const { viewLoaders, toolsLoader } = WelcomeDashboardTile;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

  beforeEach(() => {
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    WelcomeDashboardTile.viewLoaders = viewLoaders;
    WelcomeDashboardTile.toolsLoader = toolsLoader;
  });

  it('shows the usual problem with "try again" when its chart’s chunk fails, and draws once it loads', async () => {
    WelcomeDashboardTile.viewLoaders = { ...viewLoaders, line: missingChunk };
    const el = await tile('foreign-residents', 'line');
    const notice = $(el, '[role=alert]')!;
    expect(notice, 'error state').not.to.equal(null);
    expect($(el, '.summary'), 'no half-drawn tile').to.equal(null);
    await expect(el).to.be.accessible();

    WelcomeDashboardTile.viewLoaders = viewLoaders;
    notice.querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => $(el, '.svg-chart'), 'chart drawn after trying again', { timeout: 5000 });
    expect($(el, '[role=alert]')).to.equal(null);
    expect(unhandled, 'no uncaught error').to.deep.equal([]);
  });

  it('shows the problem with "try again" when the table’s chunk fails, and the table once it loads', async () => {
    WelcomeDashboardTile.toolsLoader = missingChunk;
    const el = await tile('foreign-residents', 'line');
    $<HTMLButtonElement>(el, 'button[aria-expanded]')!.click();
    await waitUntil(() => $(el, '.tools + [role=alert] .retry'), 'problem shown under the tools');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();

    WelcomeDashboardTile.toolsLoader = toolsLoader;
    $<HTMLButtonElement>(el, '[role=alert] .retry')!.click();
    await waitUntil(() => $(el, 'table'), 'table shown after trying again');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(unhandled, 'no uncaught error').to.deep.equal([]);
  });
});
