import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { APPOINTMENT_CONSENT_VERSION, BookingDetails } from '@welcome-widgets/domain';
import { bookAndConfirm, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
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

    const dump = join(dir, 'welcome.dump');
    const writes = Promise.all(
      ['2026-03-24T09:00:00Z', '2026-03-24T10:00:00Z'].map((start, i) =>
        server.api('/v1/appointments', postJson(request(start, `during${i}@example.org`))),
      ),
    );
    await run(postgresTool('pg_dump'), ['--format=custom', `--file=${dump}`, server.database.url]);
    assert.deepEqual(
      (await writes).map((r) => r.status),
      [201, 201],
    );

    const restoredDatabase = await testDatabase({ migrated: false });
    databases.push(restoredDatabase);
    await run(postgresTool('pg_restore'), ['--no-owner', `--dbname=${restoredDatabase.url}`, dump]);
    const restored = await startTestServer(content, { now, database: restoredDatabase });
    servers.push(restored);
    const details = await restored.api(`/v1/appointments/${kept.id}?token=${kept.token}`);
    assert.equal(details.status, 200);
    assert.equal(BookingDetails.parse(await details.json()).status, 'booked');
    const slots = (await (
      await restored.api('/v1/appointments/slots?topic=recognition&from=2026-03-24&to=2026-03-24')
    ).json()) as { slots: Array<{ start: string }> };
    assert.ok(!slots.slots.some((slot) => slot.start === '2026-03-24T08:00:00Z'), 'the booked slot stays taken');
    // Ids go on after the restored ones: a new booking is not refused by a clash of identities.
    const after = await restored.api(
      '/v1/appointments',
      postJson(request('2026-03-31T08:00:00Z', 'after@example.org')),
    );
    assert.equal(after.status, 201);
  });
});
