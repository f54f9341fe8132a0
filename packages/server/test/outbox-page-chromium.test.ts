import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION } from '@welcome-widgets/domain';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { confirmLinkIn, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The demo's outbox page (demo/outbox.html) as a county's tester opens it after a booking. */
describe('the demo outbox page shows a booking mail’s calendar file', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer(
      { SMTP_URL: '', APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) },
      { now: () => new Date('2026-03-20T10:00:00Z') },
    );
    const booked = await server.api(
      '/v1/appointments',
      postJson({
        topic: 'recognition',
        start: '2026-03-31T07:00:00Z',
        name: 'Oksana Shevchenko',
        email: 'oksana@example.org',
        language: 'uk',
        consent: true,
        consentVersion: APPOINTMENT_CONSENT_VERSION,
      }),
    );
    assert.equal(booked.status, 201);
    // Confirmed as its recipient would, from the hold mail: the confirmation carries the .ics.
    const { mails } = (await (await server.api('/v1/dev/outbox')).json()) as { mails: Array<{ text: string }> };
    const { id, token } = confirmLinkIn(mails[0]!.text);
    assert.equal((await server.api(`/v1/appointments/${id}/confirm`, postJson({ token }))).status, 200);
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the attachment with name, type and size, and its link downloads the .ics; axe-clean at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/outbox.html`);
    // The confirmation (the hold mail before it has no calendar file).
    const mail = page.locator('article', { hasText: 'oksana@example.org' }).filter({ hasText: 'beratung.ics' });
    const attachment = mail.getByRole('listitem').filter({ hasText: 'beratung.ics' });
    await attachment.waitFor();
    const text = (await attachment.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /text\/calendar/);
    assert.match(text, /\d+(,\d+)? (Byte|kB)/);
    assert.match(await mail.innerText(), /Von: .*<beratung@welcome\.invalid>/);

    const link = attachment.getByRole('link', { name: /beratung\.ics/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'beratung.ics');
    const { readFile } = await import('node:fs/promises');
    const content = await readFile((await download.path())!, 'utf8');
    assert.match(content, /^BEGIN:VCALENDAR\r\n/);
    assert.match(content, /DTSTART:20260331T070000Z/);

    // Not addScriptTag: the page's policy refuses inline scripts, as it should.
    await page.evaluate(readFileSync(axeSource, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } })
        .axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }))
        .violations;
    });
    assert.deepEqual(violations, []);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await context.close();
  });
});
