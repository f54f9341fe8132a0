import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { WelcomeDashboardTile } from '../src/dashboard-tile.js';
import { $, $$, defaultDashboard, openTable, tile } from './support/tiles.js';

const metricOf = (t: WelcomeDashboardTile) => t.getAttribute('metric');
/** A table's scroll region must lie within its tile: else it is drawn over the neighbours. */
function expectInside(region: Element | null, tileBox: DOMRect, name: string) {
  expect(region, `${name} has a table region`).to.not.equal(null);
  const box = region!.getBoundingClientRect();
  expect(box.left, `${name} table left edge`).to.be.at.least(tileBox.left - 0.5);
  expect(box.right, `${name} table right edge`).to.be.at.most(tileBox.right + 0.5);
}

const TABLE_TILES = ['top-nationalities', 'residents-by-group', 'residence-titles-by-purpose'];

describe('tables of a dashboard tile', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('stay inside their tile at 1280 px: no tile grows over its neighbours, no sideways page scroll', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el, tiles } = await defaultDashboard('de');
    for (const t of tiles.filter((t) => TABLE_TILES.includes(metricOf(t)!))) await openTable(t);
    for (const t of tiles) {
      const cell = t.getBoundingClientRect();
      const base = $(t, '.tile')!.getBoundingClientRect();
      expect(base.width, `${metricOf(t)} as wide as its grid cell`).to.be.at.most(cell.width + 0.5);
      expect(base.right, `${metricOf(t)} within its cell`).to.be.at.most(cell.right + 0.5);
      if (TABLE_TILES.includes(metricOf(t)!)) expectInside($(t, '[role=region]'), base, metricOf(t)!);
    }
    const boxes = tiles.map((t) => $(t, '.tile')!.getBoundingClientRect());
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        expect(overlap, 'tiles never overlap').to.equal(false);
      }
    expect(document.documentElement.scrollWidth).to.be.at.most(1280);
    await expect(el).to.be.accessible();
  });

  it('scroll in a focusable, labelled region when wider than the tile', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await tile('top-nationalities', 'line');
    el.style.width = '300px';
    await openTable(el);
    const region = $(el, '[role=region]')!;
    expect(region.scrollWidth, 'ten nationalities are wider than 300 px').to.be.greaterThan(region.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(300);
    expect($(el, '.tile')!.getBoundingClientRect().width).to.be.at.most(300);
    expect(region.getAttribute('tabindex')).to.equal('0');
    const label = $(el, `#${region.getAttribute('aria-labelledby')}`)!;
    expect(label.textContent!.trim()).to.contain('Staatsangehörigkeiten');
    // Keyboard: the region takes focus and scrolls with the arrow keys.
    region.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'the table scrolled sideways');
    await expect(el).to.be.accessible();
  });

  it('in Arabic at 320 px, opening every table never scrolls the page sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    // As on the demo's figures page in Arabic: the whole document runs right to left.
    document.documentElement.dir = 'rtl';
    try {
      const { el, tiles } = await defaultDashboard('ar');
      for (const t of tiles) if ($(t, 'button[aria-expanded]')) await openTable(t);
      for (const t of tiles) {
        const box = $(t, '.tile')!.getBoundingClientRect();
        expect(box.left, `${metricOf(t)} left edge`).to.be.at.least(0);
        expect(box.right, `${metricOf(t)} right edge`).to.be.at.most(320);
        expectInside($(t, '[role=region]'), box, metricOf(t)!);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect($$(tiles[3]!, '[role=region]').length).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });
});

describe('dashboard grid', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('gives the tiles of a row one height, with source and dates aligned at the bottom', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { tiles } = await defaultDashboard('de');
    const rows = new Map<number, WelcomeDashboardTile[]>();
    for (const t of tiles) {
      const top = Math.round(t.getBoundingClientRect().top);
      rows.set(top, [...(rows.get(top) ?? []), t]);
    }
    const multiTileRows = [...rows.values()].filter((row) => row.length > 1);
    expect(multiTileRows.length, 'several tiles share a row at 1280 px').to.be.greaterThan(0);
    for (const row of multiTileRows) {
      const heights = row.map((t) => Math.round($(t, '.tile')!.getBoundingClientRect().height));
      expect(Math.max(...heights) - Math.min(...heights), `tile heights ${heights.join(', ')}`).to.be.at.most(1);
      const metaBottoms = row.map((t) => Math.round($(t, '.meta')!.getBoundingClientRect().bottom));
      expect(Math.max(...metaBottoms) - Math.min(...metaBottoms), 'meta lines aligned').to.be.at.most(1);
    }
  });
});
