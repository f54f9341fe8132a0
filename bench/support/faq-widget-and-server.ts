// The FAQ as a visitor meets it: the real widget (bundled from source with esbuild, so the
// figures follow the code, not whatever dist/ holds) in Chromium against the real server on a
// fresh SQLite database with the shipped FAQ; and the server's own search (`?q=`).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { SUPPORTED_LOCALES } from '@welcome-widgets/domain';
import { startTestServer } from '../../packages/server/test/support/test-server.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Prefixes typed per language are few (18 to 33 queries): each is typed this many times, a fresh page each time. */
const ROUNDS = 3;
const BENCH_PATH = '/__faq-bench/';
let profileCount = 0;

export const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    medianMs: +at(0.5).toFixed(3),
    p95Ms: +at(0.95).toFixed(3),
    maxMs: +sorted.at(-1)!.toFixed(3),
    runs: values.length,
  };
};

/**
 * Types every query of the relevance set into the widget, one character at a time: from the input
 * event to the results rendered (the element's update complete, its list in the DOM).
 */
const TYPE_ALL = `async (queries) => {
  const el = document.querySelector('welcome-faq-search');
  await customElements.whenDefined('welcome-faq-search');
  let input;
  while (!(input = el.shadowRoot && el.shadowRoot.querySelector('#faq-input'))) await new Promise((r) => setTimeout(r, 20));
  const times = [];
  const type = async (value) => {
    input.value = value;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    return performance.now() - start;
  };
  for (const q of queries) {
    for (let n = 1; n <= q.length; n++) times.push(await type(q.slice(0, n)));
    await type('');
    // Lets the browser paint and collect between queries, as between a person's searches.
    await new Promise((r) => setTimeout(r, 0));
  }
  // Proof that the keys searched: the first query's words marked in the results.
  await type(queries[0]);
  const listed = el.shadowRoot.querySelectorAll('.results mark').length;
  return { times, listed };
}`;

/**
 * The widget and its packages as one bundle: from this tree, or from a copy of `ref` taken with
 * `git archive` (read-only), whose workspace packages replace ours in a node_modules of links.
 */
async function bundle(outdir: string, ref?: string): Promise<void> {
  let root = process.cwd();
  if (ref) {
    root = join(outdir, 'tree');
    mkdirSync(root);
    execSync(`git archive ${ref} tsconfig.json packages/domain packages/core packages/faq-search | tar -x -C ${root}`);
    const modules = join(root, 'node_modules');
    mkdirSync(join(modules, '@welcome-widgets'), { recursive: true });
    for (const name of readdirSync('node_modules'))
      if (name !== '@welcome-widgets') symlinkSync(resolve('node_modules', name), join(modules, name));
    for (const name of ['domain', 'core', 'faq-search'])
      symlinkSync(join(root, 'packages', name), join(modules, '@welcome-widgets', name));
  }
  await build({
    entryPoints: { define: join(root, 'packages/faq-search/src/define.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // The workspace packages' sources, as Vite builds them.
    conditions: ['@welcome-widgets/source'],
    outdir,
    // Its paths name the workspace packages' sources: those of the tree bundled.
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
}

export async function widgetAndServer(set: ReadonlyArray<{ lang: string; q: string }>, before?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'faq-bench-'));
  const builds: Record<string, string> = { after: join(dir, 'after') };
  if (before) builds.before = join(dir, 'before');
  for (const [name, outdir] of Object.entries(builds)) {
    mkdirSync(outdir);
    await bundle(outdir, name === 'before' ? before : undefined);
  }
  const server = await startTestServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    /** One fresh page per round, so that nothing one round learnt (words already looked up) helps the next. */
    const typeAll = async (lang: string, code: string): Promise<number[]> => {
      const page = await browser.newPage();
      // The page and the bundle come from the bench, the FAQ from the server, on one origin.
      await page.route(`${server.url}${BENCH_PATH}**`, (route) => {
        const name = new URL(route.request().url()).pathname.slice(BENCH_PATH.length);
        if (name === 'index.html')
          return route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="${lang}"><body><welcome-faq-search lang="${lang}"></welcome-faq-search><script type="module" src="define.js"></script></body></html>`,
          });
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(code, name)) });
      });
      await page.goto(`${server.url}${BENCH_PATH}index.html`);
      const queries = set.filter((c) => c.lang === lang).map((c) => c.q);
      const profiling = process.env.FAQ_BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
      if (profiling) await profiling.send('Profiler.enable');
      if (profiling) await profiling.send('Profiler.start');
      const { times, listed } = (await page.evaluate(`(${TYPE_ALL})(${JSON.stringify(queries)})`)) as {
        times: number[];
        listed: number;
      };
      if (profiling) {
        const { profile } = await profiling.send('Profiler.stop');
        writeFileSync(`${process.env.FAQ_BENCH_PROFILE}-${lang}-${profileCount++}.cpuprofile`, JSON.stringify(profile));
      }
      if (listed === 0) throw new Error(`The widget found nothing for "${queries[0]}" (${lang}): it did not search`);
      await page.close();
      return times;
    };
    const keystrokeToDom: Record<string, Record<string, unknown>> = {};
    for (const name of Object.keys(builds)) keystrokeToDom[name] = {};
    const all: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
    for (const lang of SUPPORTED_LOCALES) {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
      // Before and after take turns, so that both meet the same load on a shared machine.
      for (let round = 0; round < ROUNDS; round++)
        for (const [name, code] of Object.entries(builds)) times[name]!.push(...(await typeAll(lang, code)));
      for (const name of Object.keys(builds)) {
        keystrokeToDom[name]![lang] = stats(times[name]!);
        all[name]!.push(...times[name]!);
      }
    }
    for (const name of Object.keys(builds)) keystrokeToDom[name]!.all = stats(all[name]!);

    const serverSearch: Record<string, unknown> = {};
    const serverTimes: number[] = [];
    const roundTrips: number[] = [];
    for (const lang of SUPPORTED_LOCALES) {
      const list = await (await server.api(`/v1/faq?lang=${lang}`)).arrayBuffer();
      const dur: number[] = [];
      const rtt: number[] = [];
      const bytes: number[] = [];
      const gzipBytes: number[] = [];
      // Each prefix once: repeating it would measure the server's memo of words already looked up.
      for (const { q } of set.filter((c) => c.lang === lang)) {
        for (let n = 1; n <= q.length; n++) {
          const start = performance.now();
          const response = await server.api(`/v1/faq?lang=${lang}&q=${encodeURIComponent(q.slice(0, n))}`);
          const body = Buffer.from(await response.arrayBuffer());
          rtt.push(performance.now() - start);
          dur.push(Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]));
          bytes.push(body.length);
          gzipBytes.push(gzipSync(body, { level: 9 }).length);
        }
      }
      serverTimes.push(...dur);
      roundTrips.push(...rtt);
      const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
      serverSearch[lang] = {
        serverTiming: stats(dur),
        roundTrip: stats(rtt),
        answerBytes: { mean: mean(bytes), max: Math.max(...bytes), meanGzip: mean(gzipBytes) },
        fullListBytes: { raw: list.byteLength, gzip: gzipSync(Buffer.from(list), { level: 9 }).length },
      };
    }
    serverSearch.all = { serverTiming: stats(serverTimes), roundTrip: stats(roundTrips) };
    return {
      keystrokeToDomChromium: { rounds: ROUNDS, ...(before ? { beforeRef: before } : {}), ...keystrokeToDom },
      serverSearch,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
