import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openStorage, type Storage } from '../src/storage/database.js';
import { runIfDue } from '../src/storage/job-lease.js';
import { testDatabase, type TestDatabase } from './support/test-database.js';

/**
 * The hourly purge runs on one instance at a time, once an hour across all of them (job-lease.ts).
 * Two storages on one database stand for two instances.
 */

const HOUR = 3_600_000;
const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('jobs that run on one instance at a time', () => {
  let database: TestDatabase;
  let one: Storage;
  let two: Storage;
  before(async () => {
    database = await testDatabase();
    one = await openStorage(database.url, { poolSize: 2 });
    two = await openStorage(database.url, { poolSize: 2 });
  });
  after(async () => {
    await one.close();
    await two.close();
    await database.drop();
  });

  const lease = { everyMs: HOUR, leaseMs: 15 * 60_000 };

  it('two instances forcing it at once: it runs once', async () => {
    let runs = 0;
    const job = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
    };
    const ran = await Promise.all([
      runIfDue(one, 'purge', { ...lease, now: T0, force: true }, job),
      runIfDue(two, 'purge', { ...lease, now: T0, force: true }, job),
    ]);
    assert.equal(runs, 1);
    assert.deepEqual(ran.sort(), [false, true]);
  });

  it('is due again an hour after a run, not before, on whichever instance asks', async () => {
    let runs = 0;
    const job = async () => {
      runs += 1;
    };
    assert.equal(await runIfDue(one, 'purge', { ...lease, now: at(5 * 60_000) }, job), false);
    assert.equal(await runIfDue(two, 'purge', { ...lease, now: at(59 * 60_000) }, job), false);
    assert.equal(await runIfDue(two, 'purge', { ...lease, now: at(HOUR) }, job), true);
    assert.equal(await runIfDue(one, 'purge', { ...lease, now: at(HOUR + 5 * 60_000) }, job), false);
    assert.equal(runs, 1);
  });

  it('a failed run leaves it due, so the next tick retries', async () => {
    const now = at(2 * HOUR);
    await assert.rejects(
      runIfDue(one, 'purge', { ...lease, now }, () => Promise.reject(new Error('database hiccup'))),
      /hiccup/,
    );
    let runs = 0;
    assert.equal(
      await runIfDue(two, 'purge', { ...lease, now: at(2 * HOUR + 5 * 60_000) }, async () => void runs++),
      true,
    );
    assert.equal(runs, 1);
  });

  it('an instance that died mid-run blocks it only until its lease runs out', async () => {
    const start = at(4 * HOUR);
    // What a killed holder leaves behind: the lease taken, never finished.
    await database.execute(
      sql`update job_runs set holder = ${'killed'}, running_until = ${at(4 * HOUR + 15 * 60_000).toISOString()} where name = ${'purge'}`,
    );
    const job = async () => {};
    assert.equal(await runIfDue(one, 'purge', { ...lease, now: start, force: true }, job), false, 'held');
    assert.equal(await runIfDue(one, 'purge', { ...lease, now: at(4 * HOUR + 16 * 60_000) }, job), true, 'freed');
  });
});
