import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { APPOINTMENT_CONSENT_VERSION, BookingDetails } from '@welcome-widgets/domain';
import { bookAndConfirm, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { sqliteOnly } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 13 (operation): `npm run backup` copies the SQLite database while the server runs and
 * writes, and the copy, put in the database's place, is what a restarted server serves.
 */

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../src/storage/backup-cli.ts');
const backup = (databaseUrl: string, target: string) =>
  run(process.execPath, ['--import', 'tsx', CLI, target], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });

describe('SQLite backup and restore', { skip: sqliteOnly }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-backup-'));
  const servers: TestServer[] = [];
  after(async () => {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while bookings are made, and a server started on the copy serves them', async () => {
    const now = () => new Date('2026-03-20T10:00:00Z');
    const content = { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) };
    const server = await startTestServer(content, { now });
    servers.push(server);
    const request = (start: string, email: string) => ({
      topic: 'recognition',
      start,
      name: 'Priya Raman',
      email,
      language: 'de',
      consent: true,
      consentVersion: APPOINTMENT_CONSENT_VERSION,
    });
    const kept = await bookAndConfirm(server, request('2026-03-24T08:00:00Z', 'kept@example.org'));

    // Writes go on while the backup runs: the copy is one consistent state, before or after each.
    const target = join(dir, 'welcome-backup.db');
    const writes = Promise.all(
      ['2026-03-24T09:00:00Z', '2026-03-24T10:00:00Z'].map((start, i) =>
        server.api('/v1/appointments', postJson(request(start, `during${i}@example.org`))),
      ),
    );
    const { stdout } = await backup(server.database.url, target);
    assert.match(stdout, /^Backed up \d+ pages to .*welcome-backup\.db; integrity check ok\.\n$/);
    assert.deepEqual(
      (await writes).map((r) => r.status),
      [201, 201],
    );
    await server.close();
    servers.pop();

    // Restore: the copy in the database's place, a server started on it.
    mkdirSync(join(dir, 'restored'));
    const restoredFile = join(dir, 'restored', 'welcome.db');
    copyFileSync(target, restoredFile);
    const restored = await startTestServer({ ...content, DATABASE_URL: `sqlite:${restoredFile}` }, { now });
    servers.push(restored);
    const details = await restored.api(`/v1/appointments/${kept.id}?token=${kept.token}`);
    assert.equal(details.status, 200);
    assert.equal(BookingDetails.parse(await details.json()).status, 'booked');
    const slots = (await (
      await restored.api('/v1/appointments/slots?topic=recognition&from=2026-03-24&to=2026-03-24')
    ).json()) as { slots: Array<{ start: string }> };
    assert.ok(!slots.slots.some((slot) => slot.start === '2026-03-24T08:00:00Z'), 'the booked slot stays taken');
  });

  it('never overwrites, and says what is wrong with the setup', async () => {
    const existing = join(dir, 'existing.db');
    copyFileSync(join(import.meta.dirname, 'backup.test.ts'), existing);
    await assert.rejects(
      backup(`sqlite:${join(dir, 'nothing-here.db')}`, join(dir, 'x.db')),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 2);
        assert.match(error.stderr, /There is no database at/);
        return true;
      },
    );
    const server = await startTestServer();
    servers.push(server);
    await assert.rejects(backup(server.database.url, existing), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /exists already; a backup never overwrites/);
      return true;
    });
    assert.ok(existsSync(existing));
  });
});
