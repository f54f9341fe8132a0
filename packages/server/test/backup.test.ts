import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  assertRestored,
  backUpDuringBookings,
  backupClock,
  backupContent,
  bookBeforeBackup,
} from './support/backup-fixture.js';
import { sqliteOnly } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

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
    const content = backupContent();
    const server = await startTestServer(content, { now: backupClock });
    servers.push(server);
    const kept = await bookBeforeBackup(server);

    const target = join(dir, 'welcome-backup.db');
    await backUpDuringBookings(server, async () => {
      const { stdout } = await backup(server.database.url, target);
      assert.match(stdout, /^Backed up \d+ pages to .*welcome-backup\.db; integrity check ok\.\n$/);
    });
    await server.close();
    servers.pop();

    // Restore: the copy in the database's place, a server started on it.
    mkdirSync(join(dir, 'restored'));
    const restoredFile = join(dir, 'restored', 'welcome.db');
    copyFileSync(target, restoredFile);
    const restored = await startTestServer(
      { ...content, DATABASE_URL: `sqlite:${restoredFile}` },
      { now: backupClock },
    );
    servers.push(restored);
    await assertRestored(restored, kept);
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
