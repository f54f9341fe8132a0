import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { recordingLogger } from './support/log-recorder.js';
import { waitUntil } from './support/wait-until.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const DAY_MS = 86_400_000;

function tokenFrom(text: string, parameter: string): string {
  const match = new RegExp(`${parameter}=([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no ${parameter} link in mail:\n${text}`);
  return match[1]!;
}

/**
 * What the server keeps about people, and for how long: tokens only as hashes, sent mails
 * without their address, and each kind of personal data deleted when its period ends.
 */
describe('personal data at rest and in logs', () => {
  let server: TestServer;
  let now = new Date('2026-12-01T09:00:00Z');
  const { logger, lines } = recordingLogger();
  const email = 'olena.petrenko@example.org';

  const rows = (query: string) => server.database.rows(sql.raw(query));
  /** The purge that runs hourly, run now at the test clock. */
  const purge = () => server.purge();

  before(async () => {
    server = await startTestServer({}, { now: () => now, logger, mail: { worker: { pollMs: 50 } } });
  });
  after(() => server.close());

  it('keeps the unsubscribe token only as a hash, and sent mails without address or text', async () => {
    const request = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email, topics: ['events'], language: 'uk', consent: true }, { origin: server.url }),
    );
    assert.equal(request.status, 202);
    const confirmToken = tokenFrom((await server.sink.next(email)).text, 'newsletter-confirm');
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${confirmToken}`)).status, 200);
    const unsubscribeToken = tokenFrom((await server.sink.next(email)).text, 'newsletter-unsubscribe');

    const [subscriber] = await rows('select unsubscribe_token, confirm_token_hash from newsletter_subscribers');
    assert.deepEqual(subscriber, {
      unsubscribe_token: sha256(unsubscribeToken),
      confirm_token_hash: sha256(confirmToken),
    });

    await waitUntil(
      async () => (await rows("select id from mail_outbox where status != 'sent'")).length === 0,
      'both mails sent',
    );
    const mails = await rows('select status, recipient, text, html from mail_outbox');
    assert.equal(mails.length, 2);
    for (const mail of mails) assert.deepEqual(mail, { status: 'sent', recipient: '', text: '', html: '' });

    const unsubscribe = await server.api(`/v1/newsletter/unsubscribe?token=${unsubscribeToken}`, { method: 'POST' });
    assert.equal((await unsubscribe.json()).status, 'unsubscribed', 'the hashed token still unsubscribes');
  });

  it('forgets the mails’ traces after a day, the unsubscribed address after 30 days, the proof after 3 years', async () => {
    now = new Date(now.getTime() + DAY_MS + 60_000);
    await purge();
    assert.deepEqual(await rows('select id from mail_outbox'), [], 'sent mails: gone after the day they count for');
    assert.equal(
      (await rows('select * from newsletter_subscribers')).length,
      1,
      'a repeat click still says "already unsubscribed"',
    );

    now = new Date(now.getTime() + 30 * DAY_MS);
    await purge();
    assert.deepEqual(
      await rows('select * from newsletter_subscribers'),
      [],
      'unsubscribed address deleted after 30 days',
    );
    assert.equal((await rows('select * from newsletter_consents')).length, 2, 'proof of consent and withdrawal kept');

    now = new Date(now.getTime() + 3 * 365 * DAY_MS);
    await purge();
    assert.deepEqual(await rows('select * from newsletter_consents'), [], 'proof deleted 3 years after the withdrawal');
  });

  it('keeps the proof of a running subscription however old', async () => {
    const other = 'ivan.m@example.org';
    await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email: other, topics: ['events'], language: 'ru', consent: true }, { origin: server.url }),
    );
    const token = tokenFrom((await server.sink.next(other)).text, 'newsletter-confirm');
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${token}`)).status, 200);
    now = new Date(now.getTime() + 5 * 365 * DAY_MS);
    await purge();
    assert.equal((await server.database.rows(sql`select * from newsletter_consents where email = ${other}`)).length, 1);
    assert.equal(
      (await server.database.rows(sql`select * from newsletter_subscribers where email = ${other}`)).length,
      1,
    );
  });

  it('writes no address into the log', () => {
    assert.ok(lines.length > 0);
    assert.deepEqual(
      lines.filter((line) => line.includes('@example.org')),
      [],
    );
  });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
