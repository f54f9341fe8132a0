import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { newsletterMailTexts } from '../src/mail/texts/index.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

type Row = { topics: string; requested_at: string; occurred_at: string; [column: string]: string };

const valid = {
  email: 'anna.kovalenko@example.org',
  topics: ['skilled-workers', 'events'],
  language: 'uk',
  consent: true,
  consentVersion: 'newsletter-consent-2026-11',
  page: 'https://partner.example/jobs?utm=x#top',
  widgetVersion: '0.1.0',
};

function tokenFrom(text: string, parameter: string): string {
  const match = new RegExp(`${parameter}=([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no ${parameter} link in mail:\n${text}`);
  return match[1]!;
}

describe('newsletter double opt-in', () => {
  let server: TestServer;
  const count = (table: string) => server.database.count(table);

  before(async () => {
    server = await startTestServer({ RATE_LIMIT_SUBSCRIPTIONS: '1000' });
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.sink.mails.length = 0;
  });

  it('sends a confirmation mail in the chosen language, confirms once, and stores proof of consent', async () => {
    const response = await server.api('/v1/newsletter/subscriptions', postJson(valid, { origin: server.url }));
    assert.equal(response.status, 202);
    assert.deepEqual(await response.json(), { status: 'pending' });

    const mail = await server.sink.next(valid.email);
    assert.equal(mail.subject, newsletterMailTexts.uk.confirmSubject);
    assert.notEqual(mail.subject, newsletterMailTexts.de.confirmSubject);
    assert.match(mail.html, /<html lang="uk"/);
    const token = tokenFrom(mail.text, 'newsletter-confirm');
    assert.equal(await count('newsletter_subscribers'), 0, 'nothing is subscribed before the click');

    const confirm = await server.api(`/v1/newsletter/confirm?token=${token}`);
    assert.equal(confirm.status, 200);
    assert.deepEqual(await confirm.json(), { status: 'confirmed', topics: valid.topics, language: 'uk' });

    const [subscriber] = await server.database.rows<Row>(
      sql`select * from newsletter_subscribers where email = ${valid.email}`,
    );
    assert.equal(subscriber?.status, 'confirmed');
    const [proof] = await server.database.rows<Row>(
      sql`select * from newsletter_consents where email = ${valid.email} and event = 'confirmed'`,
    );
    assert.ok(proof);
    assert.equal(proof.consent_version, 'newsletter-consent-2026-11');
    assert.equal(proof.source_page, 'https://partner.example/jobs', 'query and fragment are not kept');
    assert.equal(proof.source_origin, server.url);
    assert.equal(proof.widget_version, '0.1.0');
    assert.deepEqual(JSON.parse(proof.topics), valid.topics);
    assert.ok(Date.parse(proof.requested_at) <= Date.parse(proof.occurred_at));

    const reused = await server.api(`/v1/newsletter/confirm?token=${token}`);
    assert.equal(reused.status, 200, 'a second click confirms nothing new but says so');
    assert.equal((await reused.json()).status, 'already-confirmed');

    const welcome = await server.sink.next(valid.email);
    const unsubscribeToken = tokenFrom(welcome.text, 'newsletter-unsubscribe');
    assert.match(JSON.stringify([...welcome.headers]), /\/api\/v1\/newsletter\/unsubscribe\?token=/);

    const unsubscribe = await server.api(`/v1/newsletter/unsubscribe?token=${unsubscribeToken}`);
    assert.equal(unsubscribe.status, 200);
    assert.equal((await unsubscribe.json()).status, 'unsubscribed');
    const again = await server.api(`/v1/newsletter/unsubscribe?token=${unsubscribeToken}`, { method: 'POST' });
    assert.equal(again.status, 200, 'one-click unsubscribe (RFC 8058) and repeats are harmless');
    assert.equal((await again.json()).status, 'already-unsubscribed');
    const [after] = await server.database.rows<Row>(
      sql`select status, unsubscribed_at from newsletter_subscribers where email = ${valid.email}`,
    );
    assert.equal(after?.status, 'unsubscribed');
    assert.ok(after?.unsubscribed_at);
    assert.equal(await count("newsletter_consents where event = 'withdrawn'"), 1);
  });

  it('never creates a duplicate and answers the same for known and unknown addresses', async () => {
    const email = 'Repeat.Person@Example.org';
    const first = await server.api('/v1/newsletter/subscriptions', postJson({ ...valid, email }));
    const second = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ ...valid, email: email.toLowerCase(), language: 'de' }),
    );
    assert.equal(first.status, 202);
    assert.equal(second.status, 202);
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(await count("newsletter_requests where email = 'repeat.person@example.org'"), 1);

    const firstMail = await server.sink.next(email);
    const secondMail = await server.sink.next(email);
    const oldToken = tokenFrom(firstMail.text, 'newsletter-confirm');
    const newToken = tokenFrom(secondMail.text, 'newsletter-confirm');
    assert.equal(
      (await server.api(`/v1/newsletter/confirm?token=${oldToken}`)).status,
      404,
      'a newer request replaces the older link',
    );
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${newToken}`)).status, 200);

    const third = await server.api('/v1/newsletter/subscriptions', postJson({ ...valid, email }));
    assert.equal(third.status, 202, 'an already confirmed address gets the same answer');
    assert.equal(await count("newsletter_subscribers where email = 'repeat.person@example.org'"), 1);
  });

  it('limits confirmation mails per address per day without telling the requester', async () => {
    const email = 'many.requests@example.org';
    for (let i = 0; i < 5; i += 1) {
      const response = await server.api('/v1/newsletter/subscriptions', postJson({ ...valid, email }));
      assert.equal(response.status, 202);
    }
    const mailsTo = () => server.sink.mails.filter((m) => m.to.includes(email)).length;
    await waitUntil(() => mailsTo() >= 3, 'three confirmation mails');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailsTo(), 3);
  });

  it('accepts but ignores requests with the honeypot filled', async () => {
    const email = 'bot@example.org';
    const response = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ ...valid, email, website: 'http://spam.example' }),
    );
    assert.equal(response.status, 202);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await count(`newsletter_requests where email = '${email}'`), 0);
    assert.equal(server.sink.mails.length, 0);
  });

  describe('bad input is rejected with a clear 4xx and stores nothing', () => {
    const cases: Array<[string, RequestInit, number, string, Record<string, string>?]> = [
      [
        'invalid e-mail',
        postJson({ ...valid, email: 'not-an-address' }),
        422,
        'validation_failed',
        { email: 'invalid' },
      ],
      ['missing e-mail', postJson({ ...valid, email: undefined }), 422, 'validation_failed', { email: 'required' }],
      ['missing consent', postJson({ ...valid, consent: false }), 422, 'validation_failed', { consent: 'required' }],
      [
        '10 kB e-mail',
        postJson({ ...valid, email: `${'a'.repeat(10_240)}@example.org` }),
        422,
        'validation_failed',
        { email: 'too_long' },
      ],
      [
        'unknown topic',
        postJson({ ...valid, topics: ['employers', 'crypto-tips'] }),
        422,
        'validation_failed',
        { topics: 'not_allowed' },
      ],
      ['no topic', postJson({ ...valid, topics: [] }), 422, 'validation_failed', { topics: 'required' }],
      [
        'unknown language',
        postJson({ ...valid, language: 'fr' }),
        422,
        'validation_failed',
        { language: 'not_allowed' },
      ],
      [
        'malformed JSON',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": "a@b.de",' },
        400,
        'malformed_json',
      ],
      ['JSON that is not an object', postJson(['a@b.de']), 400, 'malformed_json'],
      [
        'wrong content type',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid) },
        415,
        'unsupported_media_type',
      ],
      [
        'form encoding',
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a@b.de' },
        415,
        'unsupported_media_type',
      ],
      ['100 kB body', postJson({ ...valid, padding: 'x'.repeat(100_000) }), 413, 'payload_too_large'],
    ];
    for (const [name, init, status, code, fields] of cases) {
      it(name, async () => {
        const before = await count('newsletter_requests');
        const response = await server.api('/v1/newsletter/subscriptions', init);
        assert.equal(response.status, status);
        const body = await response.json();
        assert.equal(body.error.code, code);
        assert.equal(typeof body.requestId, 'string');
        assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+/, 'no stack trace');
        if (fields) {
          assert.deepEqual(body.error.fieldCodes, fields);
          for (const field of Object.keys(fields)) assert.equal(typeof body.error.fields[field], 'string');
        }
        assert.equal(await count('newsletter_requests'), before);
        assert.equal(server.sink.mails.length, 0);
      });
    }

    for (const [name, token] of [
      ['forged token of the right shape', 'A'.repeat(43)],
      ['token of the wrong shape', "x' or 1=1 --"],
      ['empty token', ''],
    ]) {
      it(`confirm and unsubscribe with a ${name}`, async () => {
        for (const action of ['confirm', 'unsubscribe']) {
          const response = await server.api(`/v1/newsletter/${action}?token=${encodeURIComponent(token!)}`);
          assert.equal(response.status, 404);
          assert.equal((await response.json()).error.code, 'token_invalid');
        }
      });
    }
  });

  it('refuses writes from origins that are not on the allow-list (origin-policy.test.ts has the details)', async () => {
    const before = await count('newsletter_requests');
    const response = await server.api(
      '/v1/newsletter/subscriptions',
      postJson(valid, { origin: 'https://evil.example' }),
    );
    assert.equal(response.status, 403);
    assert.equal((await response.json()).error.code, 'origin-not-allowed');
    assert.equal(await count('newsletter_requests'), before);
  });
});

describe('newsletter limits and expiry', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      ALLOWED_ORIGINS: 'https://partner.example',
      RATE_LIMIT_SUBSCRIPTIONS: '2',
      NEWSLETTER_CONFIRM_TTL_HOURS: '0.0003',
    });
  });
  after(() => server.close());

  it('lets allow-listed partner origins call the API', async () => {
    const preflight = await server.api('/v1/newsletter/subscriptions', {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.example');
  });

  it('rate-limits a client with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const response = await server.api(
        '/v1/newsletter/subscriptions',
        postJson({ ...valid, email: `limit${i}@example.org` }),
      );
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        assert.equal((await response.json()).error.code, 'rate_limited');
      }
    }
    assert.deepEqual(statuses, [202, 202, 429]);
    assert.ok(Number(retryAfter) > 0);
  });

  it('expires unconfirmed requests: the link stops working', async () => {
    const mail = await server.sink.next('limit0@example.org');
    const token = tokenFrom(mail.text, 'newsletter-confirm');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const response = await server.api(`/v1/newsletter/confirm?token=${token}`);
    assert.equal(response.status, 404);
  });
});
