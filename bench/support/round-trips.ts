// Counts the sequential round trips between the autoloader's request and a widget's first API
// request, in Chromium, from a server that holds every answer DELAY_MS: the delay makes each wave
// of requests stand apart from the browser's own work. On a loaded machine a request the browser
// sends late can still land a wave too far (it only ever adds), so callers take the least of runs.
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';

const DELAY_MS = 200;

interface Exchange {
  path: string;
  arrived: number;
  answered: number;
}

export interface RoundTrips {
  /** Round trips from the autoloader's request up to the first /api request (the API's own not counted). */
  beforeApi: number | null;
  /** Round trips until the widget's code is loaded, the autoloader's included: the earliest it could ask the API. */
  untilCodeLoaded: number | null;
  /** From the autoloader's request to the first /api request, ms: the waves plus the browser's own work. */
  elapsedMs: number | null;
  /** Each request in order with its wave (the page is wave 1). */
  waves: { path: string; wave: number }[];
}

/** Serves the page, the bundle from `bundleDir` at /widgets/, and a 404 for /api/…, each after the delay. */
function delayingServer(bundleDir: string, page: () => string, log: Exchange[]): Server {
  return createServer((request, response) => {
    const arrived = performance.now();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    setTimeout(() => {
      const answered = (): void => void log.push({ path, arrived, answered: performance.now() });
      response.on('finish', answered);
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(page());
        return;
      }
      const file = path.startsWith('/widgets/') ? join(bundleDir, normalize(path.slice('/widgets/'.length))) : '';
      if (file.startsWith(bundleDir) && existsSync(file) && file.endsWith('.js')) {
        response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        createReadStream(file).pipe(response);
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{}');
    }, DELAY_MS);
  });
}

/** Wave of each request: one more than the latest wave among the requests answered before it arrived. */
function wavesOf(log: Exchange[]): { path: string; wave: number; arrived: number }[] {
  const byArrival = [...log].sort((a, b) => a.arrived - b.arrived);
  const waves = new Map<Exchange, number>();
  for (const exchange of byArrival) {
    const before = byArrival
      .filter((other) => other.answered <= exchange.arrived)
      .map((other) => waves.get(other) ?? 0);
    waves.set(exchange, 1 + Math.max(0, ...before));
  }
  return byArrival.map((exchange) => ({ path: exchange.path, wave: waves.get(exchange)!, arrived: exchange.arrived }));
}

/** Loads a page with `markup` and the autoloader from `bundleDir`, and counts the waves up to its first API request. */
export async function roundTrips(
  browser: Browser,
  bundleDir: string,
  markup: string,
  port: number,
): Promise<RoundTrips> {
  const log: Exchange[] = [];
  const page = (): string =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">` +
    `<script type="module" src="/widgets/welcome-widgets.js"></script></head><body>${markup}</body></html>`;
  const server = delayingServer(bundleDir, page, log);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const apiAnswered = new Promise<void>((resolve) => {
      tab.on('requestfinished', (request) => new URL(request.url()).pathname.startsWith('/api/') && resolve());
    });
    await tab.goto(`http://127.0.0.1:${port}/`);
    await Promise.race([apiAnswered, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    // The server logs an exchange when its answer is written; let the last ones land.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    await context.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  const waves = wavesOf(log);
  const autoloader = waves.find((w) => w.path === '/widgets/welcome-widgets.js');
  const api = waves.find((w) => w.path.startsWith('/api/'));
  const lastCode = Math.max(...waves.filter((w) => w.path.startsWith('/widgets/')).map((w) => w.wave));
  return {
    beforeApi: autoloader && api ? api.wave - autoloader.wave : null,
    untilCodeLoaded: autoloader ? lastCode - autoloader.wave + 1 : null,
    elapsedMs: autoloader && api ? Math.round(api.arrived - autoloader.arrived) : null,
    waves: waves.map(({ path, wave }) => ({ path, wave })),
  };
}
