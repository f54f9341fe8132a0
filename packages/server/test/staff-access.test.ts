import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STAFF_ROLES, type StaffRole } from '@welcome-widgets/domain';
import { createStaffUser, signIn, type StaffClient } from './support/staff-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const TOKEN = 'staff-access-admin-token-0123456789';
/** About one's own account: for sessions of any role, never for the token, which has no account. */
const SESSION_ONLY = ['getStaffSession', 'deleteStaffSession', 'deleteAllStaffSessions', 'changeStaffPassword'];

interface Operation {
  method: string;
  path: string;
  operationId: string;
  roles: StaffRole[];
}

/** Every staff operation the server's own document lists, with the roles it names: new routes are covered as they come. */
async function staffOperations(server: TestServer): Promise<{ staff: Operation[]; publicAdmin: string[] }> {
  const document = (await (await server.api('/openapi.json')).json()) as {
    paths: Record<string, Record<string, { operationId: string; security: Array<Record<string, string[]>> }>>;
  };
  const staff: Operation[] = [];
  const publicAdmin: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const requirement = operation.security.find((r) => 'staffSession' in r);
      if (requirement) {
        assert.deepEqual(
          operation.security.find((r) => 'apiToken' in r)?.apiToken,
          requirement.staffSession,
          `${operation.operationId}: the token needs the roles a session needs`,
        );
        staff.push({
          method,
          path,
          operationId: operation.operationId,
          roles: requirement.staffSession as StaffRole[],
        });
      } else if (path.startsWith('/api/v1/admin/') || path.startsWith('/api/v1/dev/')) {
        publicAdmin.push(operation.operationId);
      }
    }
  }
  return { staff, publicAdmin };
}

/** A request to the operation with made-up ids and an empty body: the guard must refuse it before anything is read. */
function call(server: TestServer, op: Operation, headers: Record<string, string>, client?: StaffClient) {
  const path = op.path.replace(/^\/api/, '').replace(/\{\w+\}/g, '1');
  const init: RequestInit = {
    method: op.method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...headers },
    ...(op.method === 'get' ? {} : { body: '{}' }),
  };
  return client ? client.request(path, init) : server.api(path, init);
}

describe('staff access: every staff operation, every role', () => {
  let server: TestServer;
  let tokenAsEditor: TestServer;
  const clients = {} as Record<StaffRole, StaffClient>;
  let operations: Operation[];

  before(async () => {
    // Without SMTP: the outbox is mounted too, and with ADMIN_TOKEN set it is a staff route like the rest.
    // A sign-in per staff operation below: more than a window's worth of logins from one address.
    server = await startTestServer({ SMTP_URL: '', ADMIN_TOKEN: TOKEN, RATE_LIMIT_LOGINS: '1000' });
    tokenAsEditor = await startTestServer({ SMTP_URL: '', ADMIN_TOKEN: TOKEN, ADMIN_TOKEN_ROLE: 'editor' });
    for (const role of STAFF_ROLES) {
      await createStaffUser(server, {
        email: `${role}@example.org`,
        role,
        ...(role === 'consultant' ? { consultantId: 'samm-arbeitgeber' } : {}),
      });
      clients[role] = await signIn(server, `${role}@example.org`);
    }
    const found = await staffOperations(server);
    operations = found.staff;
    // Only signing in and accepting an invitation are for people without a session.
    assert.deepEqual(found.publicAdmin.sort(), ['acceptStaffInvitation', 'createStaffSession']);
  });
  after(async () => {
    await server.close();
    await tokenAsEditor.close();
  });

  it('finds the staff operations in the document, the outbox and the dashboard import among them', () => {
    const ids = operations.map((op) => op.operationId);
    for (const id of ['listStaffUsers', 'listAuditEntries', 'importDashboardMetricData', 'listOutboxMails']) {
      assert.ok(ids.includes(id), id);
    }
    for (const op of operations) assert.ok(op.roles.length > 0, op.operationId);
  });

  it('answers none of them without a session or token: 401', async () => {
    for (const op of operations) {
      const response = await call(server, op, {});
      assert.equal(response.status, 401, `${op.method} ${op.path}`);
      assert.equal((await response.json()).error.code, 'unauthorized');
    }
  });

  it('answers none of them with a wrong token or a forged cookie: 401', async () => {
    for (const op of operations) {
      const wrong = await call(server, op, { authorization: 'Bearer not-the-admin-token-000000' });
      assert.equal(wrong.status, 401, `${op.method} ${op.path}`);
      const forged = await call(server, op, { cookie: `welcome_session=${'A'.repeat(43)}` });
      assert.equal(forged.status, 401, `${op.method} ${op.path}`);
    }
  });

  it('answers a session of a role the operation does not name with 403 forbidden, CSRF token and all', async () => {
    let checked = 0;
    for (const op of operations) {
      for (const role of STAFF_ROLES.filter((r) => !op.roles.includes(r))) {
        const response = await call(server, op, {}, clients[role]);
        assert.equal(response.status, 403, `${role}: ${op.method} ${op.path}`);
        assert.equal((await response.json()).error.code, 'forbidden', `${role}: ${op.method} ${op.path}`);
        checked++;
      }
    }
    assert.ok(checked > 10, `${checked} refusals checked`);
  });

  it('lets a session of a named role past the guard (whatever the route then says of the made-up input)', async () => {
    for (const op of operations) {
      // A fresh session each time: some of these sign out.
      const role = op.roles[0]!;
      const response = await call(server, op, {}, await signIn(server, `${role}@example.org`));
      assert.ok(![401, 403].includes(response.status), `${role}: ${op.method} ${op.path} → ${response.status}`);
    }
  });

  it('gives the token its ADMIN_TOKEN_ROLE: an editor token is refused where editors are', async () => {
    for (const op of operations) {
      const response = await call(tokenAsEditor, op, { authorization: `Bearer ${TOKEN}` });
      const body = await response.json().catch(() => ({}));
      if (!op.roles.includes('editor')) {
        assert.equal(response.status, 403, `${op.method} ${op.path}`);
        assert.equal(body.error.code, 'forbidden');
      } else if (SESSION_ONLY.includes(op.operationId)) {
        // 403 (no account), or 422 when the made-up body is read first.
        assert.ok([403, 422].includes(response.status), `${op.method} ${op.path}: a token has no account`);
      } else {
        assert.ok(![401, 403].includes(response.status), `${op.method} ${op.path} → ${response.status}`);
      }
    }
  });
});

describe('staff access: CSRF', () => {
  let server: TestServer;
  let admin: StaffClient;
  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN, ALLOWED_ORIGINS: 'https://partner.example' });
    await createStaffUser(server, { email: 'admin@example.org', role: 'admin' });
    admin = await signIn(server, 'admin@example.org');
  });
  after(() => server.close());

  const invite = (headers: Record<string, string>) =>
    admin.request('/v1/admin/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: 'new@example.org', name: 'New', role: 'editor', language: 'de' }),
    });

  it('refuses a state-changing request without the token, with a wrong one, or from a foreign Origin', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['no token', { 'x-csrf-token': '' }],
      ['wrong token', { 'x-csrf-token': 'x'.repeat(43) }],
      ['partner origin (allowed for widgets, not for staff)', { origin: 'https://partner.example' }],
      ['no origin', { origin: '' }],
    ];
    for (const [what, headers] of cases) {
      const response = await invite(headers);
      assert.equal(response.status, 403, what);
      assert.equal((await response.json()).error.code, 'csrf_failed', what);
    }
    assert.equal(await server.database.count('staff_invitations'), 0, 'nothing was invited');
    const logout = await server.api('/v1/admin/session', { method: 'DELETE', headers: { cookie: admin.cookie } });
    assert.equal(logout.status, 403, 'even signing out needs the token: no forced logout');
  });

  it('accepts the same request with this server’s Origin and the session’s token', async () => {
    assert.equal((await invite({})).status, 201);
  });

  it('needs no CSRF token with the bearer token (no browser sends it by itself)', async () => {
    const response = await server.api('/v1/admin/users', { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    const patch = await server.api('/v1/admin/users/1', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ada' }),
    });
    assert.equal(patch.status, 200);
  });

  it('refuses a login from another site’s page (login CSRF)', async () => {
    const response = await server.api('/v1/admin/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://partner.example' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'whatever-it-is' }),
    });
    assert.equal(response.status, 403);
  });
});
