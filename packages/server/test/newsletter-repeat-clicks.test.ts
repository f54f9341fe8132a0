import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NewsletterTokenResult } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { hashToken } from '../src/newsletter/tokens.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

function tokenFrom(text: string, parameter: string): string {
  const match = new RegExp(`${parameter}=([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no ${parameter} link in mail:\n${text}`);
  return match[1]!;
}

/** People click a mail's link twice (a double click, the mail opened again days later): say the truth. */
describe('newsletter links clicked a second time', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ RATE_LIMIT_SUBSCRIPTIONS: '1000' });
  });
  after(async () => {
    await server.close();
  });

  const subscribe = async (email: string, topics: string[] = ['events']) => {
    const response = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email, topics, language: 'es', consent: true }),
    );
    assert.equal(response.status, 202);
    return tokenFrom((await server.sink.next(email)).text, 'newsletter-confirm');
  };
  const redeem = async (action: 'confirm' | 'unsubscribe', token: string, method = 'GET') => {
    const response = await server.api(`/v1/newsletter/${action}?token=${token}`, { method });
    const body = await response.json();
    return { status: response.status, body };
  };

  it('a second click on the confirmation link says the person is subscribed, and sends nothing', async () => {
    const email = 'lucia.fernandez@example.org';
    const token = await subscribe(email, ['events', 'legal-changes']);
    assert.deepEqual(await redeem('confirm', token), {
      status: 200,
      body: { status: 'confirmed', topics: ['events', 'legal-changes'], language: 'es' },
    });
    await server.sink.next(email); // the welcome mail

    const again = await redeem('confirm', token);
    assert.equal(again.status, 200);
    assert.deepEqual(NewsletterTokenResult.parse(again.body), {
      status: 'already-confirmed',
      topics: ['events', 'legal-changes'],
      language: 'es',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(server.sink.mails.filter((m) => m.to.includes(email)).length, 2, 'no second welcome mail');

    const [confirmations] = await server.database.rows(
      sql`select count(*) as n from newsletter_consents where email = ${email} and event = 'confirmed'`,
    );
    assert.equal(confirmations?.n, 1, 'the second click records no second consent');
    const stored = JSON.stringify(
      await server.database.rows(sql`select * from newsletter_subscribers where email = ${email}`),
    );
    assert.ok(!stored.includes(token), 'the confirm token is not stored in plain');
    assert.ok(stored.includes(hashToken(token)), 'only its hash, to recognise the second click');
  });

  it('two clicks racing: one confirms, the other says already confirmed', async () => {
    const email = 'double.click@example.org';
    const token = await subscribe(email);
    const answers = await Promise.all([redeem('confirm', token), redeem('confirm', token)]);
    assert.deepEqual(answers.map((a) => a.body.status).sort(), ['already-confirmed', 'confirmed']);
  });

  it('after unsubscribing, the old confirmation link is invalid again (single use)', async () => {
    const email = 'gone.again@example.org';
    const token = await subscribe(email);
    assert.equal((await redeem('confirm', token)).status, 200);
    const unsubscribeToken = tokenFrom((await server.sink.next(email)).text, 'newsletter-unsubscribe');

    assert.deepEqual(await redeem('unsubscribe', unsubscribeToken), { status: 200, body: { status: 'unsubscribed' } });
    const reused = await redeem('confirm', token);
    assert.equal(reused.status, 404, 'an old link must not subscribe anyone again');
    assert.equal(reused.body.error.code, 'token_invalid');
    const [row] = await server.database.rows(sql`select status from newsletter_subscribers where email = ${email}`);
    assert.equal(row?.status, 'unsubscribed');
  });

  it('a second click on the unsubscribe link says the person was already unsubscribed', async () => {
    const email = 'twice.out@example.org';
    assert.equal((await redeem('confirm', await subscribe(email))).status, 200);
    const unsubscribeToken = tokenFrom((await server.sink.next(email)).text, 'newsletter-unsubscribe');

    assert.equal((await redeem('unsubscribe', unsubscribeToken)).body.status, 'unsubscribed');
    const again = await redeem('unsubscribe', unsubscribeToken);
    assert.equal(again.status, 200);
    assert.deepEqual(NewsletterTokenResult.parse(again.body), { status: 'already-unsubscribed' });
    const oneClick = await redeem('unsubscribe', unsubscribeToken, 'POST');
    assert.equal(oneClick.status, 200, 'mail clients (RFC 8058) repeating it still get 200');
    const [withdrawals] = await server.database.rows(
      sql`select count(*) as n from newsletter_consents where email = ${email} and event = 'withdrawn'`,
    );
    assert.equal(withdrawals?.n, 1, 'one withdrawal recorded');
  });

  it('a newer confirmation (changed topics) leaves the person subscribed; its link then says so', async () => {
    const email = 'changes.topics@example.org';
    assert.equal((await redeem('confirm', await subscribe(email, ['events']))).status, 200);
    await server.sink.next(email);
    const second = await subscribe(email, ['employers']);
    assert.equal((await redeem('confirm', second)).body.status, 'confirmed');
    assert.deepEqual((await redeem('confirm', second)).body, {
      status: 'already-confirmed',
      topics: ['employers'],
      language: 'es',
    });
  });
});
