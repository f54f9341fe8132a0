// Time from creating <welcome-quickcheck> to its first question painted, in Chromium against the
// real server (built widgets, real rule-set request). Cold: a fresh browser context each run, so
// code, translations and the rule set are fetched anew. Run: npm run bench:quickcheck (after npm run build).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startTestServer } from '../packages/server/test/support/test-server.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const RUNS = 25;
const server = await startTestServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });

/** Cold: a new context, so code, translations and rules load anew. Warm: a second element on the same page. */
async function once(lang: string): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/datenschutz.html`);
  const cold = await measure(page, lang);
  const warm = await measure(page, lang);
  await context.close();
  return { cold, warm };
}

async function measure(page: import('playwright-core').Page, lang: string): Promise<number> {
  // A string, not a function: tsx would add helpers the page does not have.
  const ms = (await page.evaluate(`(async () => {
    const start = performance.now();
    const el = document.createElement('welcome-quickcheck');
    el.setAttribute('lang', ${JSON.stringify(lang)});
    document.body.append(el);
    await import('/widgets/v1/welcome-widgets.js');
    await new Promise((resolve) => {
      const check = () => (el.shadowRoot?.querySelector('form[data-question]') ? resolve() : requestAnimationFrame(check));
      check();
    });
    // The frame after the one that rendered the question is when it is on screen.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  })()`)) as number;
  return ms;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), runs: values.length };
};

try {
  const result: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version, unit: 'ms' };
  for (const lang of ['de', 'ar']) {
    await once(lang); // warm the server and the disk cache once
    const runs: { cold: number; warm: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(lang));
    result[`coldCreateToFirstQuestion_${lang}`] = stats(runs.map((r) => r.cold));
    result[`warmCreateToFirstQuestion_${lang}`] = stats(runs.map((r) => r.warm));
  }
  writeFileSync('bench/results/quickcheck-first-paint.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}
