import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DashboardMetric } from '@welcome-widgets/domain';
import '../src/define.js';
import type { WelcomeDashboardTile } from '../src/dashboard-tile.js';
import { $, $$, apiOf } from './support/tiles.js';

/** A draft as the staff console's preview gets it from the admin API: the public shape. */
const DRAFT: DashboardMetric = {
  id: 'accelerated-procedures',
  title: 'Beschleunigte Fachkräfteverfahren (Entwurf)',
  unit: 'procedures',
  source: 'SAMM Mittelsachsen',
  asOf: '2025-06-30',
  edited: '2025-07-01',
  illustrative: false,
  kind: 'time-series',
  period: 'quarter',
  series: [
    {
      key: 'total',
      label: 'Verfahren',
      points: [
        { date: '2025-03-31', value: 53 },
        { date: '2025-06-30', value: 61 },
      ],
    },
  ],
};

describe('a tile given its data', () => {
  it('shows the data it is given and asks the API for nothing', async () => {
    const requests: string[] = [];
    const el = await fixture<WelcomeDashboardTile>(
      html`<welcome-dashboard-tile
        api=${await apiOf()}
        metric="accelerated-procedures"
        variant="table"
        lang="de"
        .apiFetch=${(input: RequestInfo | URL, init?: RequestInit) => {
          requests.push(String(input instanceof Request ? input.url : input));
          return fetch(input, init);
        }}
        .data=${DRAFT}
      ></welcome-dashboard-tile>`,
    );
    // A table's code is a chunk of its own, fetched when the tile first renders.
    await waitUntil(() => $(el, '.title'), 'the given data drawn');
    expect($(el, '.title')!.textContent).to.equal(DRAFT.title);
    expect($(el, '.meta')!.textContent).to.contain('Quelle: SAMM Mittelsachsen');
    expect($(el, '.badge'), 'not illustrative').to.equal(null);
    const cells = $$(el, 'td').map((cell) => cell.textContent!.trim());
    expect(cells).to.include('61');
    expect(requests).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('follows new data, and loads from the API again once the data is taken away', async () => {
    const el = await fixture<WelcomeDashboardTile>(
      html`<welcome-dashboard-tile
        api=${await apiOf()}
        metric="accelerated-procedures"
        variant="key-figure"
        .data=${DRAFT}
      ></welcome-dashboard-tile>`,
    );
    expect($(el, '.key-figure .value')!.textContent).to.equal('61');
    el.data = { ...DRAFT, series: [{ ...DRAFT.series[0]!, points: [{ date: '2025-06-30', value: 70 }] }] };
    await el.updateComplete;
    expect($(el, '.key-figure .value')!.textContent).to.equal('70');
    el.data = undefined;
    await waitUntil(
      () => $(el, '.title') && $(el, '.title')!.textContent !== DRAFT.title,
      'the seed loaded from the API',
      { timeout: 5000 },
    );
  });
});
