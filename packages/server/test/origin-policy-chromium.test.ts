import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { startTestServer, type TestServer } from './support/test-server.js';

/** A partner's page on a second loopback origin: an empty page, from which the test calls the API. */
async function startPartnerSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const site: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="de"><title>Partner</title><h1>Karriere</h1></html>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const { port } = site.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => site.close(() => resolve())),
  };
}

/** What the page's own script gets from fetch: the status and body, or the error it threw. */
const callFromPage = (page: Page, url: string, init: { method?: string; body?: string } = {}) =>
  page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, {
          ...init,
          headers: init.body ? { 'content-type': 'application/json' } : {},
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      } catch (error) {
        return { thrown: String(error) };
      }
    },
    { url, init },
  );

describe('in Chromium, a page whose origin is not on ALLOWED_ORIGINS', () => {
  let partner: Awaited<ReturnType<typeof startPartnerSite>>;
  let unlisted: TestServer;
  let listed: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    partner = await startPartnerSite();
    unlisted = await startTestServer();
    listed = await startTestServer({ ALLOWED_ORIGINS: partner.origin });
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    page = await browser.newPage();
    await page.goto(`${partner.origin}/`);
  });
  after(async () => {
    await browser?.close();
    await unlisted?.close();
    await listed?.close();
    await partner?.close();
  });

  it('can read the error code origin-not-allowed, for reads and for preflighted writes', async () => {
    const read = await callFromPage(page, `${unlisted.url}/api/v1/appointments/topics?lang=de`);
    assert.equal('thrown' in read, false, JSON.stringify(read));
    assert.equal(read.status, 403);
    assert.equal((read.body?.error as { code: string }).code, 'origin-not-allowed');
    assert.equal(read.body?.topics, undefined, 'no data');

    const write = await callFromPage(page, `${unlisted.url}/api/v1/newsletter/subscriptions`, {
      method: 'POST',
      body: JSON.stringify({ email: 'partner.page@example.org', topics: ['events'], language: 'de', consent: true }),
    });
    assert.equal(write.status, 403, JSON.stringify(write));
    assert.equal((write.body?.error as { code: string }).code, 'origin-not-allowed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(unlisted.sink.mails.length, 0, 'nothing was sent');
  });

  it('gets data once the origin is on the list', async () => {
    const read = await callFromPage(page, `${listed.url}/api/v1/appointments/topics?lang=de`);
    assert.equal(read.status, 200, JSON.stringify(read));
    assert.ok(Array.isArray(read.body?.topics));
  });
});
