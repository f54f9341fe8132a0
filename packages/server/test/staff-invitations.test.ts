import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStaffUser, json, movableClock, signIn, type StaffClient } from './support/staff-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The token of the accept link in a mail. */
function linkToken(text: string, publicUrl: string): string {
  const escaped = publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}/admin/#/accept\\?token=([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no accept link in:\n${text}`);
  return match[1]!;
}

describe('staff invitations', () => {
  let server: TestServer;
  let admin: StaffClient;
  const clock = movableClock();
  before(async () => {
    server = await startTestServer({ AUDIT_RETENTION_DAYS: '30' }, { now: clock.now });
    await createStaffUser(server, { email: 'admin@example.org', role: 'admin' });
    admin = await signIn(server, 'admin@example.org');
  });
  after(() => server.close());

  const invite = (body: Record<string, unknown>) =>
    admin.request('/v1/admin/invitations', json({ name: 'Nora Neu', role: 'editor', language: 'de', ...body }));
  const accept = (token: string, password: string, headers: Record<string, string> = {}) =>
    server.api('/v1/admin/invitations/accept', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, ...headers },
      body: JSON.stringify({ token, password }),
    });

  it('mails a single-use link; accepting sets the password and signs in; the link then fails', async () => {
    const invited = await invite({ email: 'Nora@Example.org' });
    assert.equal(invited.status, 201);
    const invitation = await invited.json();
    assert.equal(invitation.email, 'nora@example.org');
    assert.equal(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt), 72 * HOUR);

    const mail = await server.sink.next('nora@example.org');
    assert.match(mail.subject, /Einladung/);
    assert.match(mail.text, /Nora Neu/);
    assert.match(mail.text, /Redaktion/);
    const token = linkToken(mail.text, server.url);
    assert.equal(await server.database.count(`staff_invitations where token_hash = '${token}'`), 0, 'stored hashed');

    const open = await (await admin.request('/v1/admin/invitations')).json();
    assert.deepEqual(
      open.invitations.map((i: { email: string }) => i.email),
      ['nora@example.org'],
    );

    const accepted = await accept(token, 'nora’s own passphrase');
    assert.equal(accepted.status, 200);
    const session = await accepted.json();
    assert.equal(session.user.email, 'nora@example.org');
    assert.equal(session.user.role, 'editor');
    const cookie = accepted.headers.get('set-cookie')!.split(';')[0]!;
    assert.equal((await server.api('/v1/admin/session', { headers: { cookie } })).status, 200, 'signed in');

    const again = await accept(token, 'another passphrase here');
    assert.equal(again.status, 404);
    assert.equal((await again.json()).error.code, 'token_invalid');
    await signIn(server, 'nora@example.org', 'nora’s own passphrase');
  });

  it('sends the English mail when asked', async () => {
    assert.equal((await invite({ email: 'eve@example.org', language: 'en', role: 'admin' })).status, 201);
    const mail = await server.sink.next('eve@example.org');
    assert.match(mail.subject, /Invitation/);
    assert.match(mail.text, /administrator/);
  });

  it('refuses an expired link (72 hours) and never makes the account', async () => {
    assert.equal((await invite({ email: 'late@example.org' })).status, 201);
    const token = linkToken((await server.sink.next('late@example.org')).text, server.url);
    clock.advance(72 * HOUR + 60_000);
    const response = await accept(token, 'a fine long passphrase');
    assert.equal(response.status, 404);
    assert.equal(await server.database.count(`staff_users where email = 'late@example.org'`), 0);
  });

  it('refuses short, long and common passwords, and the link still works afterwards', async () => {
    admin = await signIn(server, 'admin@example.org');
    assert.equal((await invite({ email: 'pat@example.org' })).status, 201);
    const token = linkToken((await server.sink.next('pat@example.org')).text, server.url);
    for (const [password, code] of [
      ['eleven char', 'too_short'],
      ['x'.repeat(257), 'too_long'],
      ['1qaz2wsx3edc', 'common_password'],
      ['PasswordPassword', 'common_password'],
    ] as const) {
      const response = await accept(token, password);
      assert.equal(response.status, 422, password);
      assert.equal((await response.json()).error.fieldCodes.password, code, password);
    }
    assert.equal((await accept(token, 'exactly 12 c')).status, 200, '12 characters are enough');
  });

  it('refuses a consultant without a known consultant id, and an address that has an account', async () => {
    const noId = await invite({ email: 'c@example.org', role: 'consultant' });
    assert.equal(noId.status, 422);
    assert.equal((await noId.json()).error.fieldCodes.consultantId, 'required');
    const unknown = await invite({ email: 'c@example.org', role: 'consultant', consultantId: 'nobody-here' });
    assert.equal(unknown.status, 422);
    const ok = await invite({ email: 'c@example.org', role: 'consultant', consultantId: 'samm-arbeitgeber' });
    assert.equal(ok.status, 201);
    assert.equal((await invite({ email: 'admin@example.org' })).status, 409);
  });

  it('revokes an open invitation: its link stops working', async () => {
    const { id } = await (await invite({ email: 'rev@example.org' })).json();
    const token = linkToken((await server.sink.next('rev@example.org')).text, server.url);
    assert.equal((await admin.request(`/v1/admin/invitations/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await accept(token, 'a fine long passphrase')).status, 404);
  });

  it('audits a dashboard import with the metric’s state before and after, in the import’s transaction', async () => {
    const response = await admin.request('/v1/admin/dashboard/metrics/foreign-residents/data?edited=2025-07-10', {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'date,series,value\n2025-03-31,total,18471\n2025-06-30,total,18502\n',
    });
    assert.equal(response.status, 200);
    const page = await (await admin.request('/v1/admin/audit?action=metric.import')).json();
    assert.equal(page.entries.length, 1);
    const [entry] = page.entries;
    assert.equal(entry.actor, 'admin@example.org');
    assert.equal(entry.target, 'metric:foreign-residents');
    assert.equal(entry.before.illustrative, true);
    assert.deepEqual(entry.after, {
      asOf: '2025-06-30',
      edited: '2025-07-10',
      source: entry.before.source,
      illustrative: false,
      rows: 2,
    });
  });

  it('writes an audit entry for each change, readable by admins, and purges it after AUDIT_RETENTION_DAYS', async () => {
    const { users } = await (await admin.request('/v1/admin/users')).json();
    const nora = users.find((u: { email: string }) => u.email === 'nora@example.org');
    assert.equal((await admin.request(`/v1/admin/users/${nora.id}`, json({ role: 'admin' }, 'PATCH'))).status, 200);

    const page = await (await admin.request('/v1/admin/audit?limit=200')).json();
    const actions = page.entries.map((e: { action: string }) => e.action);
    for (const action of ['user.invite', 'invitation.accept', 'invitation.revoke', 'user.update']) {
      assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
    }
    const update = page.entries.find((e: { action: string }) => e.action === 'user.update');
    assert.equal(update.actor, 'admin@example.org');
    assert.equal(update.target, `user:${nora.id}`);
    assert.equal(update.before.role, 'editor');
    assert.equal(update.after.role, 'admin');
    const accepted = page.entries.find(
      (e: { action: string; target: string }) => e.action === 'invitation.accept' && e.target === `user:${nora.id}`,
    );
    assert.equal(accepted.actor, 'nora@example.org', 'the invitee accepted');
    assert.doesNotMatch(JSON.stringify(page), /scrypt|passphrase/);

    const firstPage = await (await admin.request('/v1/admin/audit?limit=2')).json();
    assert.equal(firstPage.entries.length, 2);
    const next = await (await admin.request(`/v1/admin/audit?limit=2&before=${firstPage.nextBefore}`)).json();
    assert.ok(next.entries[0].id < firstPage.entries[1].id);
    const onlyInvites = await (await admin.request('/v1/admin/audit?action=user.invite')).json();
    assert.ok(onlyInvites.entries.every((e: { action: string }) => e.action === 'user.invite'));

    const before = await server.database.count('audit_log');
    clock.advance(31 * DAY);
    await server.purge();
    assert.ok(before > 0);
    assert.equal(await server.database.count('audit_log'), 0, 'older than 30 days: gone');
    assert.equal(await server.database.count('staff_invitations'), 0, 'expired invitations: gone');
    assert.equal(await server.database.count('staff_sessions'), 0, 'ended sessions: gone');
  });
});
