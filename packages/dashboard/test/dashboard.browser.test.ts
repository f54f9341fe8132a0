import { dashboardHandlers, mockFetch } from '@welcome-widgets/api-mock';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, apiOf, tile } from './support/tiles.js';
import type { WelcomeDashboard } from '../src/dashboard.js';
import type { WelcomeDashboardTile } from '../src/dashboard-tile.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<welcome-dashboard-tile> on the real server’s seed data', () => {
  it('says when the server cannot be reached, offers to try again, and then shows the figure', async () => {
    let down = true;
    const el = await fixture<WelcomeDashboardTile>(
      html`<welcome-dashboard-tile
        api=${await apiOf()}
        metric="foreign-residents"
        variant="key-figure"
        .apiFetch=${
          ((input: RequestInfo | URL, init?: RequestInit) =>
            down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) as typeof fetch
        }
      ></welcome-dashboard-tile>`,
    );
    await waitUntil(() => $(el, '[data-problem]'), 'problem shown', { timeout: 5000 });
    expect($(el, '[data-problem]')!.dataset.problem).to.equal('network');
    expect(text(el)).to.contain('Keine Verbindung zum Server');
    await expect(el).to.be.accessible();
    down = false;
    $<HTMLButtonElement>(el, '.retry')!.click();
    await waitUntil(() => $(el, '.value'), 'figure shown after retry', { timeout: 5000 });
    expect($(el, '.value')!.textContent).to.equal('18.471');
  });

  it('shows the key figure with its change and date', async () => {
    const el = await tile('foreign-residents', 'key-figure');
    expect($(el, '.value')!.textContent).to.equal('18.471');
    expect($(el, '.change')!.textContent).to.contain('\u221294');
    expect(text(el)).to.contain('März 2025');
    expect(text(el)).to.contain('Beispieldaten');
  });

  it('draws the line with a text alternative, a table and a CSV of the same figures', async () => {
    const el = await tile('foreign-residents', 'line', 'en');
    const summary = $(el, '.summary')!.textContent!;
    expect(summary).to.contain('8,332');
    expect(summary).to.contain('18,471');
    expect(summary).to.match(/rose/i);
    expect($(el, `#${$(el, 'svg[role=group]')!.getAttribute('aria-labelledby')}`)!.textContent).to.equal(summary);
    const toggle = $<HTMLButtonElement>(el, 'button[aria-expanded]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // The table's code is a chunk fetched once the figures drew; a click before it arrived waits for it.
    await waitUntil(() => $(el, 'tbody td'), 'table shown');
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).to.include('8,332');
    expect(cells).to.include('18,471');

    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(URL, object);
    };
    try {
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].at(-1)!.click();
    } finally {
      URL.createObjectURL = original;
    }
    const csv = await blob!.text();
    expect(csv).to.contain('2015-12-31,total,');
    expect(csv).to.match(/2025-03-31,total,[^,]*,18471/);
  });

  it('reaches every point with the keyboard and shows its value in a tooltip', async () => {
    const el = await tile('foreign-residents', 'line');
    const points = el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.point');
    expect(points.length).to.be.greaterThan(30);
    points[points.length - 1]!.focus();
    await el.updateComplete;
    const tooltip = $(el, '.tooltip')!;
    await waitUntil(() => !tooltip.hidden && tooltip.style.top !== '', 'tooltip shown');
    expect(tooltip.textContent).to.contain('18.471');
    const box = tooltip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(tooltip.textContent).to.not.contain('18.471');
  });

  it('ranks the top nationalities with the values in text', async () => {
    const el = await tile('top-nationalities', 'bar');
    const labels = [...el.shadowRoot!.querySelectorAll('.bar-label')].map((l) => l.textContent);
    expect(labels).to.include('Venezuela');
    const venezuela = [...el.shadowRoot!.querySelectorAll('.ranking li')].find((li) =>
      li.textContent!.includes('Venezuela'),
    )!;
    expect(venezuela.querySelector('.bar-value')!.textContent).to.equal('829');
    expect($(el, '.summary')!.textContent).to.match(/am meisten/);
  });

  it('stacks groups over time with a legend keyed by pattern and dash, and shows a table variant', async () => {
    // Date labels never overlap, and the latest date is always labelled (in a wide sans font, as on Linux desktops).
    document.body.style.fontFamily = "'DejaVu Sans', sans-serif";
    const stacked = await tile('residents-by-group', 'stacked').finally(() => (document.body.style.fontFamily = ''));
    expect(stacked.shadowRoot!.querySelectorAll('.legend li').length).to.be.greaterThan(2);
    expect(stacked.shadowRoot!.querySelectorAll('svg rect').length).to.be.greaterThan(4);
    // The legend keys each group by the same pattern as its columns, not by colour alone.
    const keys = [...stacked.shadowRoot!.querySelectorAll('.legend li .swatch rect')].map((r) =>
      r.getAttribute('fill'),
    );
    expect(new Set(keys).size).to.equal(keys.length);
    for (const fill of keys) expect($(stacked, `.svg-chart rect.segment[fill="${fill}"]`), fill!).to.not.equal(null);

    stacked.style.fontFamily = "'DejaVu Sans', sans-serif";
    const labels = [...stacked.shadowRoot!.querySelectorAll('.svg-chart .time-axis text.tick')];
    const boxes = labels.map((t) => t.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.greaterThan(boxes[i - 1]!.right);
    const latest = [...stacked.shadowRoot!.querySelectorAll('.svg-chart rect.segment')]
      .at(-1)!
      .getAttribute('data-date')!;
    const latestLabel = new Intl.DateTimeFormat('de', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
      new Date(`${latest}T00:00:00Z`),
    );
    expect(
      labels.map((l) => l.textContent),
      'the latest date is labelled',
    ).to.include(latestLabel);

    const lines = await tile('top-nationalities', 'line');
    const dashes = (selector: string) =>
      [...lines.shadowRoot!.querySelectorAll(selector)].map((p) => p.getAttribute('stroke-dasharray'));
    expect(dashes('.legend .swatch .line')).to.deep.equal(dashes('.svg-chart .line'));
    expect(new Set(dashes('.svg-chart .line')).size).to.be.greaterThan(4);
    const asTable = await tile('accelerated-procedures', 'table');
    expect(asTable.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(4);
    expect($(asTable, 'caption')).to.not.equal(null);
  });

  it('mirrors in Arabic: time runs right to left and the value labels stand right of the columns', async () => {
    const el = await tile('residents-by-group', 'stacked', 'ar');
    const boxes = (selector: string) =>
      [...el.shadowRoot!.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
    const columns = boxes('.svg-chart rect.segment');
    const values = boxes('.svg-chart .axis text.tick');
    expect(values.length).to.be.greaterThan(2);
    const rightmostColumn = Math.max(...columns.map((c) => c.right));
    for (const label of values) expect(label.left, 'value label clear of the columns').to.be.at.least(rightmostColumn);
    const dates = boxes('.svg-chart > g:not(.axis) text.tick');
    expect(dates.at(-1)!.right, 'the latest date on the left').to.be.lessThan(dates[0]!.left);
  });

  for (const lang of ['de', 'en', 'ar']) {
    it(`is axe-clean in every variant (${lang})`, async () => {
      for (const [metric, variant] of [
        ['foreign-residents', 'key-figure'],
        ['foreign-residents', 'line'],
        ['top-nationalities', 'bar'],
        ['residents-by-group', 'stacked'],
        ['accelerated-procedures', 'table'],
      ]) {
        const el = await tile(metric!, variant!, lang);
        await expect(el).to.be.accessible();
        if (variant !== 'table' && variant !== 'key-figure') {
          $<HTMLButtonElement>(el, 'button[aria-expanded]')!.click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
        if (lang === 'ar') expect($(el, '.tile')!.getAttribute('dir')).to.equal('rtl');
      }
    });
  }

  it('names an unknown metric and shows a server failure with retry', async () => {
    const unknown = await tile('no-such-metric', 'line');
    expect($(unknown, '[role=alert]')!.textContent).to.contain('gibt es nicht');
    expect($(unknown, '.retry'), 'trying again cannot help').to.equal(null);
    const failing = await fixture<WelcomeDashboardTile>(
      html`<welcome-dashboard-tile
        metric="foreign-residents"
        .apiFetch=${mockFetch(dashboardHandlers('malformed'))}
      ></welcome-dashboard-tile>`,
    );
    await waitUntil(() => $(failing, '[role=alert]'));
    expect($(failing, '[role=alert] button')).to.not.equal(null);
    await expect(failing).to.be.accessible();
  });
});

describe('<welcome-dashboard>', () => {
  it('lays the default tiles out and reflows them at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<WelcomeDashboard>(html`<welcome-dashboard api=${await apiOf()}></welcome-dashboard>`);
      await el.updateComplete;
      const tiles = [...el.shadowRoot!.querySelectorAll<WelcomeDashboardTile>('welcome-dashboard-tile')];
      expect(tiles.length).to.equal(6);
      await waitUntil(() => tiles.every((t) => $(t, '.summary')), 'all tiles loaded', { timeout: 8000 });
      for (const t of tiles) expect(t.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
