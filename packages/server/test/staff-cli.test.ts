import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loginRequest, signIn } from './support/staff-fixture.js';
import { testDatabase, type TestDatabase } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const REPOSITORY = join(import.meta.dirname, '../../..');

describe('npm run admin -- create-user', () => {
  let database: TestDatabase;
  let server: TestServer;
  before(async () => {
    database = await testDatabase();
    server = await startTestServer({}, { database });
  });
  after(async () => {
    await server.close();
    await database.drop();
  });

  const run = (args: string[], stdin?: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/staff/admin-cli.ts', ...args], {
        cwd: REPOSITORY,
        env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent', PUBLIC_URL: server.url },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });
  const create = (email: string, extra: string[] = []) => [
    'create-user',
    '--email',
    email,
    '--name',
    'Ada Admin',
    '--role',
    'admin',
    '--password-stdin',
    ...extra,
  ];

  it('creates the first admin, who then signs in to the running server', async () => {
    const result = await run(create('Ada@Example.org'), 'the first admin passphrase\n');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Created admin ada@example\.org/);
    const login = await server.api('/v1/admin/session', loginRequest('ada@example.org', 'the first admin passphrase'));
    assert.equal(login.status, 200);
    assert.equal((await login.json()).user.role, 'admin');
    const entries = await database.rows<{ actor: string; action: string }>(sql`select actor, action from audit_log`);
    assert.deepEqual(entries, [{ actor: 'cli', action: 'user.create' }]);
  });

  it('refuses bad input with a clear message: 1 for what it refuses, 2 for wrong arguments', async () => {
    const cases: Array<[string[], string | undefined, number, RegExp]> = [
      [create('ada@example.org'), 'another fine passphrase', 1, /exists already/],
      [create('not-an-address'), 'another fine passphrase', 1, /Not an e-mail address/],
      [create('bo@example.org'), 'too short', 1, /too short: at least 12/],
      [create('bo@example.org'), 'qwerty123456\n', 1, /common passwords/],
      [['create-user', '--email', 'bo@example.org', '--role', 'admin', '--password-stdin'], 'x', 2, /--name/],
      [create('bo@example.org', ['--role', 'boss']), 'another fine passphrase', 2, /--role must be one of/],
      [
        ['create-user', '--email', 'c@example.org', '--name', 'C', '--role', 'consultant', '--password-stdin'],
        'another fine passphrase',
        2,
        /--consultant/,
      ],
      [
        [...create('c@example.org'), '--role', 'consultant', '--consultant', 'nobody'],
        'another fine passphrase',
        1,
        /No consultant "nobody"/,
      ],
      [['delete-user'], undefined, 2, /Usage/],
      [['create-user', '--email', 'd@example.org', '--name', 'D', '--role', 'admin'], undefined, 2, /--password-stdin/],
    ];
    for (const [args, stdin, code, message] of cases) {
      const result = await run(args, stdin);
      assert.equal(result.code, code, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message, args.join(' '));
    }
    assert.equal(await database.count('staff_users'), 1, 'only the first admin');
  });

  it('makes a consultant account for a known consultant', async () => {
    const result = await run(
      [...create('con@example.org'), '--role', 'consultant', '--consultant', 'samm-arbeitgeber'],
      'a consultant passphrase',
    );
    assert.equal(result.code, 0, result.stderr);
  });

  it('checks the consultant against the database, where the console adds them, not against the seed file', async () => {
    const admin = await signIn(server, 'ada@example.org', 'the first admin passphrase');
    const added = await admin.request('/v1/admin/appointments/consultants', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'neu-im-team',
        name: 'Nina Neu',
        timeZone: 'Europe/Berlin',
        rules: [{ weekday: 'mon', from: '09:00', to: '12:00' }],
      }),
    });
    assert.equal(added.status, 201);
    const result = await run(
      [...create('nina@example.org'), '--role', 'consultant', '--consultant', 'neu-im-team'],
      'a consultant passphrase',
    );
    assert.equal(result.code, 0, result.stderr);
    const login = await signIn(server, 'nina@example.org', 'a consultant passphrase');
    assert.equal(login.session.user.consultantId, 'neu-im-team');
  });
});
