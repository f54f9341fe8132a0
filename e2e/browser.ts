import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../packages/server/test/support/test-server.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/** Debian's Chromium, pinned to Berlin time like the county's staff. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
}

/**
 * The real server (fresh SQLite file, SMTP sink) and Chromium for one `describe`, closed after it.
 * It serves the widgets from dist/, or from `$STATIC_ROOT/widgets` when STATIC_ROOT is set: a
 * build of one's own (`npx vite build --outDir <dir>/widgets`) leaves dist/ to others. The staff
 * console likewise: dist/admin/ or `$STATIC_ROOT/admin` (`npx vite build --mode admin --outDir <dir>/admin`).
 */
export function serverAndBrowser(env: () => Record<string, string> = () => ({})): {
  server: TestServer;
  browser: Browser;
} {
  const live = {} as { server: TestServer; browser: Browser };
  before(async () => {
    const staticRoot = process.env.STATIC_ROOT;
    live.server = await startTestServer({ ...(staticRoot ? { STATIC_ROOT: staticRoot } : {}), ...env() });
    live.browser = await launchChromium();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

/** What a page did that a visitor must never suffer: errors in the console, requests elsewhere. */
export function watch(page: Page): { requests: string[]; problems: string[] } {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url() + (request.postData() ?? '')));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { requests, problems };
}

/** Requests that left the server's origin (data: URLs stay on the device). */
export function thirdParty(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
}
