// Time from inserting a dashboard of 8 tiles to all 8 painted, in Chromium against the real
// server (built widgets, real metric requests). Cold: a fresh browser context per run; warm: a
// second dashboard on the same page. Run: npm run bench:dashboard (after npm run build).
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { startTestServer } from '../packages/server/test/support/test-server.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const RUNS = 15;
const TILES = [
  ['foreign-residents', 'key-figure'],
  ['foreign-residents', 'line'],
  ['top-nationalities', 'bar'],
  ['top-nationalities', 'table'],
  ['residents-by-group', 'stacked'],
  ['residence-titles-by-purpose', 'bar'],
  ['accelerated-procedures', 'line'],
  ['accelerated-procedures', 'key-figure'],
];
const server = await startTestServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });

async function measure(page: Page): Promise<number> {
  const tiles = TILES.map(
    ([m, v]) => `<welcome-dashboard-tile metric="${m}" variant="${v}"></welcome-dashboard-tile>`,
  ).join('');
  // A string, not a function: tsx would add helpers the page does not have.
  return (await page.evaluate(`(async () => {
    const start = performance.now();
    const dashboard = document.createElement('welcome-dashboard');
    dashboard.innerHTML = ${JSON.stringify(tiles)};
    document.body.append(dashboard);
    await import('/widgets/v1/welcome-widgets.js');
    const tiles = [...dashboard.querySelectorAll('welcome-dashboard-tile')];
    await new Promise((resolve) => {
      const check = () => (tiles.every((t) => t.shadowRoot?.querySelector('.summary')) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const ms = performance.now() - start;
    dashboard.remove();
    return ms;
  })()`)) as number;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), runs: values.length };
};

try {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/datenschutz.html`);
    const c = await measure(page);
    const w = await measure(page);
    if (i > 0) {
      cold.push(c);
      warm.push(w);
    }
    await context.close();
  }
  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    unit: 'ms',
    tiles: TILES.length,
    cold: stats(cold),
    warm: stats(warm),
  };
  writeFileSync('bench/results/dashboard-render.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
