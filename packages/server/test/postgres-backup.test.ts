import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  assertRestored,
  backUpDuringBookings,
  backupBooking,
  backupClock,
  backupContent,
  bookBeforeBackup,
} from './support/backup-fixture.js';
import { testDatabase, testEngine, type TestDatabase } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 13 (operation): the README's PostgreSQL backup and restore, as an operator types them:
 * `pg_dump` while the server writes, `pg_restore` into an empty database, a server started on it.
 */

const run = promisify(execFile);

/** Debian keeps each major version's client tools apart; the newest can dump every older server. */
function postgresTool(name: string): string {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((version) => existsSync(`/usr/lib/postgresql/${version}/bin/${name}`))
        .sort((x, y) => Number(y) - Number(x))
    : [];
  return versions[0] ? `/usr/lib/postgresql/${versions[0]}/bin/${name}` : name;
}

describe('PostgreSQL backup and restore', { skip: testEngine === 'sqlite' && 'PostgreSQL only' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-pg-backup-'));
  const servers: TestServer[] = [];
  const databases: TestDatabase[] = [];
  after(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(databases.map((database) => database.drop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('pg_dump while bookings are made; pg_restore into an empty database serves them', async () => {
    const content = backupContent();
    const server = await startTestServer(content, { now: backupClock });
    servers.push(server);
    const kept = await bookBeforeBackup(server);

    const dump = join(dir, 'welcome.dump');
    await backUpDuringBookings(server, async () => {
      await run(postgresTool('pg_dump'), ['--format=custom', `--file=${dump}`, server.database.url]);
    });

    const restoredDatabase = await testDatabase({ migrated: false });
    databases.push(restoredDatabase);
    await run(postgresTool('pg_restore'), ['--no-owner', `--dbname=${restoredDatabase.url}`, dump]);
    const restored = await startTestServer(content, { now: backupClock, database: restoredDatabase });
    servers.push(restored);
    await assertRestored(restored, kept);
    // Ids go on after the restored ones: a new booking is not refused by a clash of identities.
    const after = await restored.api(
      '/v1/appointments',
      postJson(backupBooking('2026-03-31T08:00:00Z', 'after@example.org')),
    );
    assert.equal(after.status, 201);
  });
});
