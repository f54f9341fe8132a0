// Issue 15's size and round-trip rows, beside outside anchors measured in the same run: what a
// visitor downloads per widget (German, gzip -9, all-in) and the sequential round trips before a
// widget's first API request. Run: npm run bench:sizes (builds its own copy; leaves dist/ alone).
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { measureAnchors } from './support/anchors.js';
import { roundTrips, type RoundTrips } from './support/round-trips.js';
import { bundleBytes } from './support/widget-bytes.js';
import { GOALS, SIZE_BUDGETS, overBudget } from './size-budgets.js';

const ROOT = join(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4890);
const RUNS = 3;

/**
 * The five widgets of the table, each as the demo pages embed it. The newsletter asks the
 * API only when used: here it redeems a confirmation link's token, as on the page the mail links to.
 */
const WIDGETS: Record<string, string> = {
  'welcome-newsletter-signup':
    '<welcome-newsletter-signup privacy-href="/datenschutz.html" confirm-token="bench"></welcome-newsletter-signup>',
  'welcome-quickcheck': '<welcome-quickcheck booking-href="/beratung.html"></welcome-quickcheck>',
  'welcome-appointment-picker':
    '<welcome-appointment-picker privacy-href="/datenschutz.html"></welcome-appointment-picker>',
  'welcome-faq-search': '<welcome-faq-search booking-href="/beratung.html"></welcome-faq-search>',
  'welcome-dashboard': '<welcome-dashboard heading-level="2"></welcome-dashboard>',
};

const outDir = await mkdtemp(join(tmpdir(), 'welcome-sizes-'));
try {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    // As released: with source maps, so each chunk ends with its sourceMappingURL comment.
    build: { outDir, emptyOutDir: true },
  });
  const bytes = bundleBytes(outDir);
  const anchors = await measureAnchors();

  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  const trips: Record<string, RoundTrips> = {};
  try {
    for (const [tag, markup] of Object.entries(WIDGETS)) {
      const runs: RoundTrips[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await roundTrips(browser, outDir, markup, PORT));
      // A late request only ever adds a wave: the fewest seen is the chain itself.
      trips[tag] = runs.reduce((best, next) =>
        (roundTripsOf(next) ?? Infinity) < (roundTripsOf(best) ?? Infinity) ? next : best,
      );
    }
  } finally {
    await browser.close();
  }

  const rows = Object.keys(WIDGETS).flatMap((tag) => {
    const widget = bytes.widgets[tag]!;
    const ratios = Object.fromEntries(anchors.map((a) => [a.name, round(widget.firstWidget / a.gzipBytes)]));
    return [
      row(
        'first widget on a page (first view)',
        tag,
        widget.firstWidget,
        'bytes gzip',
        GOALS.firstWidget[tag]!,
        ratios,
      ),
      row('each further widget on the same page', tag, widget.furtherWidget, 'bytes gzip', GOALS.furtherWidget[tag]!),
      row('round trips before its first API request', tag, roundTripsOf(trips[tag]!), 'round trips', GOALS.roundTrips),
    ];
  });

  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    method:
      'German (no language chunk), gzip -9 of each file as served, all-in: autoloader + widget chunk + every chunk it ' +
      'imports statically ("first view"; dynamic imports load later, on demand). Further widget: what it adds after a ' +
      'widget sharing only the common core. Anchors built and measured in the same run. Round trips: Chromium, a ' +
      'server holding every answer 200 ms; a request is one wave after the latest wave answered before it arrived; the ' +
      'fewest of 3 runs (a request the loaded browser sends late can only add a wave).',
    rows,
    anchors,
    gzipBytes: bytes,
    roundTrips: trips,
    budgets: SIZE_BUDGETS,
  };
  writeFileSync(join(ROOT, 'bench/results/widget-sizes.json'), `${JSON.stringify(result, null, 2)}\n`);

  console.table(rows.map(({ what, tag, value, goal, met }) => ({ tag, what, value, goal, met })));
  console.table(anchors.map(({ name, version, gzipBytes }) => ({ name, version, gzipBytes })));
  for (const problem of overBudget(bytes)) {
    console.error(problem);
    process.exitCode = 1;
  }
  for (const [tag, trip] of Object.entries(trips)) {
    const count = roundTripsOf(trip);
    if (count === null || count > GOALS.roundTrips) {
      console.error(`${tag}: ${count ?? 'no'} round trips before its first API request (goal ≤ ${GOALS.roundTrips})`);
      process.exitCode = 1;
    }
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}

/** Before the first API request; for a widget that asks the API only when used (the newsletter's topics are built in), before it could. */
function roundTripsOf(trip: RoundTrips): number | null {
  return trip.beforeApi ?? trip.untilCodeLoaded;
}

/** One row of the table; ratios: the first widget's bytes over each anchor's. */
function row(
  what: string,
  tag: string,
  value: number | null,
  unit: string,
  goal: number,
  ratios?: Record<string, number>,
) {
  return { what, tag, value, unit, goal, met: value !== null && value <= goal, ...(ratios ? { ratios } : {}) };
}

function round(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}
