import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, HeldBooking } from '@welcome-widgets/domain';
import { confirmLinkIn, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { parseIcs } from './support/ics-parser.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

interface OutboxAttachment {
  filename: string;
  contentType: string;
  size: number;
  url: string;
}
interface OutboxMail {
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: OutboxAttachment[];
}

const booking = (email: string) => ({
  topic: 'recognition',
  start: '2026-03-31T07:00:00Z',
  name: 'Ahmad Karimi',
  email,
  language: 'de',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
});

/** Books and confirms as a person does, reading the hold mail from the outbox (loopback may read it). */
async function bookAndConfirm(server: TestServer, email: string, adminToken?: string): Promise<HeldBooking> {
  const response = await server.api('/v1/appointments', postJson(booking(email)));
  assert.equal(response.status, 201);
  const held = HeldBooking.parse(await response.json());
  const headers = adminToken ? { authorization: `Bearer ${adminToken}` } : undefined;
  const { mails } = (await (await server.api('/v1/dev/outbox', { headers })).json()) as { mails: OutboxMail[] };
  const { id, token } = confirmLinkIn(mails.find((m) => m.to === email)!.text);
  assert.equal((await server.api(`/v1/appointments/${id}/confirm`, postJson({ token }))).status, 200);
  return held;
}

/** Without SMTP the outbox stands in for the mailbox: it must show what the mail carries, .ics included. */
async function outboxServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer(
    { SMTP_URL: '', APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), ...env },
    { now: () => new Date('2026-03-20T10:00:00Z') },
  );
}

describe('outbox: attachments', () => {
  let server: TestServer;
  let booked: HeldBooking;
  before(async () => {
    server = await outboxServer({ MAIL_FROM_APPOINTMENTS: 'Beratung <beratung@welcome.example>' });
    booked = await bookAndConfirm(server, 'ahmad@example.org');
  });
  after(() => server.close());

  it('lists each mail’s sender and attachments with name, type, size and a download link', async () => {
    const response = await server.api('/v1/dev/outbox');
    assert.equal(response.status, 200);
    const { mails } = (await response.json()) as { mails: OutboxMail[] };
    // The newest first: the confirmation, with the calendar file (the hold mail has none).
    const mail = mails.find((m) => m.to === 'ahmad@example.org');
    assert.ok(mail);
    assert.equal(mail.from, 'Beratung <beratung@welcome.example>');
    assert.equal(mail.attachments.length, 1);
    const [attachment] = mail.attachments;
    assert.equal(attachment!.filename, 'beratung.ics');
    assert.equal(attachment!.contentType, 'text/calendar; charset=utf-8; method=REQUEST');
    assert.equal(attachment!.url, `/api/v1/dev/outbox/${mail.id}/attachments/0`);

    const download = await fetch(`${server.url}${attachment!.url}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'text/calendar; charset=utf-8; method=REQUEST');
    assert.equal(download.headers.get('content-disposition'), 'attachment; filename="beratung.ics"');
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    const content = await download.text();
    assert.equal(Buffer.byteLength(content), attachment!.size, 'the size listed is the size downloaded');
    const { calendar, event } = parseIcs(content);
    assert.equal(calendar.METHOD?.value, 'REQUEST');
    assert.equal(event.UID?.value, `${booked.id}@127.0.0.1`);
  });

  it('answers 404 for an attachment or mail that does not exist', async () => {
    const { mails } = (await (await server.api('/v1/dev/outbox')).json()) as { mails: OutboxMail[] };
    const id = mails[0]!.id;
    for (const path of [
      `${id}/attachments/1`,
      `${id + 1000}/attachments/0`,
      `${id}/attachments/x`,
      `x/attachments/0`,
    ]) {
      const response = await server.api(`/v1/dev/outbox/${path}`);
      assert.equal(response.status, 404, path);
    }
  });

  it('mails without attachments list none', async () => {
    await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email: 'reader@example.org', topics: ['events'], language: 'de', consent: true }),
    );
    const { mails } = (await (await server.api('/v1/dev/outbox')).json()) as { mails: OutboxMail[] };
    assert.deepEqual(mails.find((m) => m.to === 'reader@example.org')?.attachments, []);
  });
});

describe('outbox: who may read it', () => {
  let open: TestServer;
  let withToken: TestServer;
  const token = 'outbox-admin-token-0123456789';
  before(async () => {
    open = await outboxServer({ TRUST_PROXY: 'true' });
    withToken = await outboxServer({ ADMIN_TOKEN: token });
    await bookAndConfirm(open, 'reader@example.org');
    await bookAndConfirm(withToken, 'reader@example.org', token);
  });
  after(async () => {
    await open.close();
    await withToken.close();
  });

  it('without ADMIN_TOKEN: only this machine (loopback), for the list and the attachments alike', async () => {
    const { mails } = (await (await open.api('/v1/dev/outbox')).json()) as { mails: OutboxMail[] };
    const url = mails[0]!.attachments[0]!.url;
    for (const path of ['/api/v1/dev/outbox', url]) {
      const local = await fetch(`${open.url}${path}`, { headers: { 'x-forwarded-for': '127.0.0.1' } });
      assert.equal(local.status, 200, path);
      const remote = await fetch(`${open.url}${path}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      assert.equal(remote.status, 403, path);
      const body = await remote.json();
      assert.equal(body.error.code, 'unauthorized');
      assert.doesNotMatch(JSON.stringify(body), /reader@example/);
    }
  });

  it('with ADMIN_TOKEN: only with the token, for the list and the attachments alike', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const list = await withToken.api('/v1/dev/outbox', { headers: auth });
    assert.equal(list.status, 200);
    const { mails } = (await list.json()) as { mails: OutboxMail[] };
    const url = mails[0]!.attachments[0]!.url;
    assert.equal((await fetch(`${withToken.url}${url}`, { headers: auth })).status, 200);
    for (const path of ['/api/v1/dev/outbox', url]) {
      assert.equal((await fetch(`${withToken.url}${path}`)).status, 401, path);
      const wrong = await fetch(`${withToken.url}${path}`, { headers: { authorization: 'Bearer wrong-token-000000' } });
      assert.equal(wrong.status, 401, path);
    }
  });
});
