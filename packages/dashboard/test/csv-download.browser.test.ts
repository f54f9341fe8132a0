import { expect, waitUntil } from '@open-wc/testing';
import type { WelcomeDashboardTile } from '../src/dashboard-tile.js';
import { $$, openTable, tile } from './support/tiles.js';

/** Clicks the tile's CSV button and returns the file it hands to the browser. */
async function download(el: WelcomeDashboardTile): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  const onClick = (e: Event) => {
    const link = e.composedPath()[0] as HTMLAnchorElement;
    if (link.download) {
      name = link.download;
      e.preventDefault();
    }
  };
  el.shadowRoot!.addEventListener('click', onClick, true);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  try {
    $$<HTMLButtonElement>(el, '.tools button').at(-1)!.click();
    // The CSV code is a chunk fetched once the figures drew: a click before it arrived saves when it does.
    await waitUntil(() => blob, 'CSV handed to the browser');
  } finally {
    URL.createObjectURL = original;
    el.shadowRoot!.removeEventListener('click', onClick, true);
  }
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { name, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

const rowsOf = (text: string, sep: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(sep));

describe('CSV download', () => {
  it('in German: semicolons and a UTF-8 byte order mark, so German Excel opens it in columns', async () => {
    const el = await tile('foreign-residents', 'line', 'de');
    const { bytes, text, name } = await download(el);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(text, ';');
    expect(rows[0]!.length, 'header in columns').to.equal(4);
    expect(rows.every((r) => r.length === 4)).to.equal(true);
    expect(name).to.match(/^foreign-residents.*\.csv$/);
  });

  it('in English: commas', async () => {
    const el = await tile('foreign-residents', 'line', 'en');
    const rows = rowsOf((await download(el)).text, ',');
    expect(rows[0]!.length).to.equal(4);
  });

  it('holds exactly what the tile shows: the ranking’s ten at its date, the stacked chart’s quarters', async () => {
    const ranking = await tile('top-nationalities', 'bar', 'de');
    await openTable(ranking);
    const shownRows = $$(ranking, 'tbody tr').length;
    const bars = $$(ranking, '.ranking li').length;
    const ranked = rowsOf((await download(ranking)).text, ';').slice(1);
    expect(ranked.length).to.equal(bars);
    expect(shownRows).to.equal(bars);
    expect(new Set(ranked.map((r) => r[0])).size, 'one date: the ranking’s').to.equal(1);
    expect(ranked.find((r) => r[2] === 'Venezuela')![3]).to.equal('829');

    const stacked = await tile('residents-by-group', 'stacked', 'de');
    await openTable(stacked);
    const columns = new Set($$(stacked, '.svg-chart rect.segment').map((r) => r.getAttribute('data-date'))).size;
    const csvDates = new Set(
      rowsOf((await download(stacked)).text, ';')
        .slice(1)
        .map((r) => r[0]),
    );
    expect(csvDates.size, 'the dates the chart shows').to.equal(columns);
    expect($$(stacked, 'tbody tr').length, 'the table shows them too').to.equal(columns);
  });
});
