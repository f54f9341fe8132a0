import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { hashToken } from '../src/newsletter/tokens.js';
import {
  cookieOf,
  createStaffUser,
  json,
  loginRequest,
  movableClock,
  signIn,
  STAFF_PASSWORD,
} from './support/staff-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const MINUTE = 60_000;

describe('staff sessions', () => {
  let server: TestServer;
  const clock = movableClock();
  before(async () => {
    server = await startTestServer(
      { ADMIN_SESSION_IDLE_MINUTES: '30', ADMIN_SESSION_MAX_HOURS: '12' },
      { now: clock.now },
    );
    await createStaffUser(server, { email: 'admin@example.org', role: 'admin' });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
  });
  after(() => server.close());

  const whoAmI = (cookie: string) => server.api('/v1/admin/session', { headers: { cookie } });

  it('sets an HttpOnly, SameSite=Strict cookie on this origin’s whole path (no Secure on http)', async () => {
    const response = await server.api('/v1/admin/session', loginRequest('editor@example.org', STAFF_PASSWORD));
    const cookie = response.headers.get('set-cookie')!;
    assert.match(cookie, /^welcome_session=[A-Za-z0-9_-]{43}; /);
    const flags = cookie.split('; ').slice(1);
    assert.ok(flags.includes('HttpOnly'));
    assert.ok(flags.includes('SameSite=Strict'));
    assert.ok(flags.includes('Path=/'));
    assert.ok(!flags.some((flag) => /^Domain=/i.test(flag)), 'host-only');
    assert.ok(!flags.includes('Secure'), 'http: a Secure cookie would never come back');
  });

  it('stores only the SHA-256 of the session id', async () => {
    const client = await signIn(server, 'editor@example.org');
    const id = client.cookie.split('=')[1]!;
    const rows = await server.database.rows<{ id_hash: string }>(sql`select id_hash from staff_sessions`);
    assert.ok(rows.some((row) => row.id_hash === hashToken(id)));
    assert.ok(!rows.some((row) => row.id_hash === id));
  });

  it('gives a new session id at login: a cookie planted before is never the session after (no fixation)', async () => {
    const planted = `welcome_session=${'P'.repeat(43)}`;
    const login = await server.api(
      '/v1/admin/session',
      loginRequest('editor@example.org', STAFF_PASSWORD, { cookie: planted }),
    );
    assert.equal(login.status, 200);
    assert.notEqual(cookieOf(login), planted);
    assert.equal((await whoAmI(planted)).status, 401);

    // A real session presented at a second login is ended, and the new one differs.
    const first = await signIn(server, 'editor@example.org');
    const second = await server.api(
      '/v1/admin/session',
      loginRequest('editor@example.org', STAFF_PASSWORD, { cookie: first.cookie }),
    );
    assert.notEqual(cookieOf(second), first.cookie);
    assert.equal((await whoAmI(first.cookie)).status, 401, 'the old session is over');
    assert.equal((await whoAmI(cookieOf(second)!)).status, 200);
  });

  it('ends a session unused for ADMIN_SESSION_IDLE_MINUTES; use keeps it going', async () => {
    const client = await signIn(server, 'editor@example.org');
    clock.advance(25 * MINUTE);
    assert.equal((await whoAmI(client.cookie)).status, 200, 'used after 25 minutes');
    clock.advance(25 * MINUTE);
    assert.equal((await whoAmI(client.cookie)).status, 200, 'used 25 minutes after the last use');
    clock.advance(31 * MINUTE);
    assert.equal((await whoAmI(client.cookie)).status, 401, '31 minutes unused');
  });

  it('ends every session ADMIN_SESSION_MAX_HOURS after its login, however busy', async () => {
    const client = await signIn(server, 'editor@example.org');
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      clock.advance(20 * MINUTE);
      assert.equal((await whoAmI(client.cookie)).status, 200, `after ${minutes + 20} minutes`);
    }
    clock.advance(30 * MINUTE);
    assert.equal((await whoAmI(client.cookie)).status, 401, 'after 12 hours');
  });

  it('logs out this session only, and clears the cookie', async () => {
    const here = await signIn(server, 'editor@example.org');
    const there = await signIn(server, 'editor@example.org');
    const logout = await here.request('/v1/admin/session', { method: 'DELETE' });
    assert.equal(logout.status, 204);
    assert.match(logout.headers.get('set-cookie') ?? '', /^welcome_session=; .*Max-Age=0/);
    assert.equal((await whoAmI(here.cookie)).status, 401);
    assert.equal((await whoAmI(there.cookie)).status, 200);
  });

  it('logs out everywhere: every session of the account, none of another’s', async () => {
    const here = await signIn(server, 'editor@example.org');
    const there = await signIn(server, 'editor@example.org');
    const admin = await signIn(server, 'admin@example.org');
    assert.equal((await here.request('/v1/admin/sessions', { method: 'DELETE' })).status, 204);
    assert.equal((await whoAmI(here.cookie)).status, 401);
    assert.equal((await whoAmI(there.cookie)).status, 401);
    assert.equal((await whoAmI(admin.cookie)).status, 200);
  });

  it('a password change ends the other sessions, keeps this one, and the new password signs in', async () => {
    const here = await signIn(server, 'editor@example.org');
    const there = await signIn(server, 'editor@example.org');
    const change = (currentPassword: string, newPassword: string) =>
      here.request('/v1/admin/password', json({ currentPassword, newPassword }, 'PUT'));
    const wrong = await change('not the current one', 'a brand new passphrase');
    assert.equal(wrong.status, 422);
    assert.deepEqual((await wrong.json()).error.fieldCodes, { currentPassword: 'invalid' });
    assert.equal((await change(STAFF_PASSWORD, 'short')).status, 422);
    const common = await change(STAFF_PASSWORD, 'Qwerty123456');
    assert.deepEqual((await common.json()).error.fieldCodes, { newPassword: 'common_password' });
    assert.equal((await whoAmI(there.cookie)).status, 200, 'refused changes end nothing');

    assert.equal((await change(STAFF_PASSWORD, 'a brand new passphrase')).status, 204);
    assert.equal((await whoAmI(here.cookie)).status, 200);
    assert.equal((await whoAmI(there.cookie)).status, 401);
    const old = await server.api('/v1/admin/session', loginRequest('editor@example.org', STAFF_PASSWORD));
    assert.equal(old.status, 401);
    await signIn(server, 'editor@example.org', 'a brand new passphrase');
    // Back, for the other tests.
    await here.request(
      '/v1/admin/password',
      json({ currentPassword: 'a brand new passphrase', newPassword: STAFF_PASSWORD }, 'PUT'),
    );
  });

  it('disabling an account ends all its sessions; its role changes at once', async () => {
    const editor = await signIn(server, 'editor@example.org');
    const admin = await signIn(server, 'admin@example.org');
    const { users } = await (await admin.request('/v1/admin/users')).json();
    const id = users.find((u: { email: string }) => u.email === 'editor@example.org').id;

    const promoted = await admin.request(`/v1/admin/users/${id}`, json({ role: 'admin' }, 'PATCH'));
    assert.equal(promoted.status, 200);
    assert.equal((await editor.request('/v1/admin/users')).status, 200, 'an admin now');

    const disabled = await admin.request(`/v1/admin/users/${id}`, json({ disabled: true }, 'PATCH'));
    assert.equal(disabled.status, 200);
    assert.equal((await disabled.json()).disabled, true);
    assert.equal((await whoAmI(editor.cookie)).status, 401);
    assert.equal(await server.database.count(`staff_sessions where user_id = ${Number(id)}`), 0);
    const login = await server.api('/v1/admin/session', loginRequest('editor@example.org', STAFF_PASSWORD));
    assert.equal(login.status, 401);
  });

  it('keeps one active admin: the last cannot demote or disable itself', async () => {
    const admin = await signIn(server, 'admin@example.org');
    const { users } = await (await admin.request('/v1/admin/users')).json();
    const self = users.find((u: { email: string }) => u.email === 'admin@example.org');
    for (const change of [{ disabled: true }, { role: 'editor' }]) {
      const response = await admin.request(`/v1/admin/users/${self.id}`, json(change, 'PATCH'));
      assert.equal(response.status, 409, JSON.stringify(change));
    }
  });
});

describe('staff sessions behind https', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://welcome.example' });
    await createStaffUser(server, { email: 'admin@example.org', role: 'admin' });
  });
  after(() => server.close());

  it('names the cookie __Host-welcome_session and marks it Secure', async () => {
    const response = await server.api('/v1/admin/session', loginRequest('admin@example.org', STAFF_PASSWORD));
    assert.equal(response.status, 200);
    const cookie = response.headers.get('set-cookie')!;
    assert.match(cookie, /^__Host-welcome_session=[A-Za-z0-9_-]{43}; /);
    const flags = cookie.split('; ');
    for (const flag of ['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']) assert.ok(flags.includes(flag), flag);
    assert.ok(!flags.some((flag) => /^Domain=/i.test(flag)));
    const plain = `welcome_session=${cookie.split(';')[0]!.split('=')[1]}`;
    assert.equal((await server.api('/v1/admin/session', { headers: { cookie: plain } })).status, 401);
    const hostCookie = cookie.split(';')[0]!;
    const me = await server.api('/v1/admin/session', { headers: { cookie: hostCookie } });
    assert.equal(me.status, 200);
    // The CSRF check wants PUBLIC_URL's origin.
    const { csrfToken } = await me.json();
    const logout = (origin: string) =>
      server.api('/v1/admin/session', {
        method: 'DELETE',
        headers: { cookie: hostCookie, origin, 'x-csrf-token': csrfToken },
      });
    assert.equal((await logout(server.url)).status, 403);
    assert.equal((await logout('https://welcome.example')).status, 204);
  });
});
