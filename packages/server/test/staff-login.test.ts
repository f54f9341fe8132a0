import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createStaffUser, loginRequest, movableClock, STAFF_PASSWORD } from './support/staff-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const WRONG = 'not the password at all';

/** Everything of a failed login's answer but its request id: it must not tell one failure from another. */
async function failure(server: TestServer, email: string, password: string) {
  const started = performance.now();
  const response = await server.api('/v1/admin/session', loginRequest(email, password));
  const ms = performance.now() - started;
  const body = await response.json();
  const headers = [...response.headers]
    .filter(([name]) => !['date', 'content-length', 'x-request-id'].includes(name))
    .sort();
  return { status: response.status, error: body.error, headers, cookie: response.headers.get('set-cookie'), ms };
}

describe('staff login', () => {
  let server: TestServer;
  const clock = movableClock();
  before(async () => {
    server = await startTestServer({ RATE_LIMIT_LOGINS: '1000', ADMIN_LOGIN_LOCK_MINUTES: '15' }, { now: clock.now });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    await createStaffUser(server, { email: 'locked@example.org', role: 'editor' });
    await createStaffUser(server, { email: 'gone@example.org', role: 'editor' });
    await server.database.execute(sql`update staff_users set disabled = 1 where email = 'gone@example.org'`);
  });
  after(() => server.close());

  it('signs in with the right password, whatever the address’s case', async () => {
    const response = await server.api('/v1/admin/session', loginRequest('Editor@Example.org', STAFF_PASSWORD));
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.user.email, 'editor@example.org');
    assert.equal(body.user.role, 'editor');
    assert.match(body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.doesNotMatch(JSON.stringify(body), /scrypt|password/i);
  });

  it('locks an account after 20 wrong passwords, and answers unknown, wrong, disabled and locked alike', async () => {
    for (let i = 0; i < 19; i++) {
      assert.equal((await failure(server, 'locked@example.org', WRONG)).status, 401, `attempt ${i + 1}`);
    }
    const wrong = await failure(server, 'locked@example.org', WRONG); // the 20th
    const locked = await failure(server, 'locked@example.org', STAFF_PASSWORD); // right, but locked
    const unknown = await failure(server, 'nobody@example.org', STAFF_PASSWORD);
    const disabled = await failure(server, 'gone@example.org', STAFF_PASSWORD);
    const malformed = await failure(server, 'not an address', STAFF_PASSWORD);
    for (const answer of [wrong, locked, unknown, disabled, malformed]) {
      assert.equal(answer.status, 401);
      assert.deepEqual(answer.error, wrong.error);
      assert.equal(answer.error.code, 'login_failed');
      assert.deepEqual(answer.headers, wrong.headers);
      assert.equal(answer.cookie, null);
    }
    // Scrypt work for every failure (about 100 ms here); an answer without it takes a few milliseconds.
    const times = [wrong, locked, unknown, disabled, malformed].map((a) => a.ms);
    assert.ok(Math.min(...times) > 50, `times ${times.map(Math.round).join(', ')} ms`);

    clock.advance(14 * 60_000);
    assert.equal((await failure(server, 'locked@example.org', STAFF_PASSWORD)).status, 401, 'still locked');
    clock.advance(2 * 60_000);
    const again = await server.api('/v1/admin/session', loginRequest('locked@example.org', STAFF_PASSWORD));
    assert.equal(again.status, 200, 'the lock is over after ADMIN_LOGIN_LOCK_MINUTES');
  });

  it('counts only wrong passwords in a row: a login in between starts again', async () => {
    for (let i = 0; i < 19; i++) await failure(server, 'editor@example.org', WRONG);
    assert.equal(
      (await server.api('/v1/admin/session', loginRequest('editor@example.org', STAFF_PASSWORD))).status,
      200,
    );
    await failure(server, 'editor@example.org', WRONG);
    assert.equal(
      (await server.api('/v1/admin/session', loginRequest('editor@example.org', STAFF_PASSWORD))).status,
      200,
    );
  });
});

describe('staff login: per-address rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ RATE_LIMIT_LOGINS: '3', TRUST_PROXY: '1' });
  });
  after(() => server.close());

  it('answers 429 once an address has had RATE_LIMIT_LOGINS attempts; another address goes on', async () => {
    const from = (address: string) => loginRequest('nobody@example.org', WRONG, { 'x-forwarded-for': address });
    for (let i = 0; i < 3; i++) assert.equal((await server.api('/v1/admin/session', from('203.0.113.5'))).status, 401);
    const limited = await server.api('/v1/admin/session', from('203.0.113.5'));
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal((await server.api('/v1/admin/session', from('203.0.113.6'))).status, 401);
  });
});
