import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { openStorage, type Engine } from '../../src/storage/database.js';
import { migrationsFor } from '../../src/storage/migrations.js';
import { postgresTypes } from '../../src/storage/postgres.js';

/**
 * One fresh database for a test: SQLite by default, PostgreSQL when TEST_DATABASE_URL names a
 * server and a role that may CREATE DATABASE. Queries are written with Kysely's `sql` tag, so
 * parameters bind on both engines, and counts come back as numbers on both.
 */
export interface TestDatabase {
  engine: Engine;
  /** The DATABASE_URL of this database. */
  url: string;
  rows<Row = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<Row[]>;
  execute(query: RawBuilder<unknown>): Promise<void>;
  /** `select count(*)` over `fromWhere`, a table and optionally its `where …` (test code only: not bound). */
  count(fromWhere: string): Promise<number>;
  /** The names of the tables our migrations made, sorted. */
  tables(): Promise<string[]>;
  drop(): Promise<void>;
}

export const testEngine: Engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/** For tests of SQLite itself (its file, its backup): skipped, with this reason, in the PostgreSQL pass. */
export const sqliteOnly = testEngine === 'sqlite' ? false : 'SQLite only: runs in the SQLite pass';

/** Migrated when `migrated` is true (the default); empty otherwise, for the migrations tests. */
export async function testDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? postgresDatabase(adminUrl, migrated) : sqliteDatabase(migrated);
}

async function sqliteDatabase(migrated: boolean): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-test-'));
  const url = `sqlite:${join(dir, 'welcome.db')}`;
  if (migrated) await (await openStorage(url)).close();
  // Opened on first use: tests read while the server writes, as before through the file.
  let reader: Kysely<unknown> | undefined;
  const db = () => (reader ??= sqliteReader(join(dir, 'welcome.db')));
  return readerApi('sqlite', url, db, async () => {
    await reader?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** What both engines' test databases offer, over a reader opened on first use. */
function readerApi(engine: Engine, url: string, db: () => Kysely<unknown>, drop: () => Promise<void>): TestDatabase {
  return {
    engine,
    url,
    rows: async <Row>(query: RawBuilder<unknown>) => (await query.execute(db())).rows as Row[],
    async execute(query) {
      await query.execute(db());
    },
    count: async (fromWhere) =>
      (await sql.raw<{ n: number }>(`select count(*) as n from ${fromWhere}`).execute(db())).rows[0]?.n ?? 0,
    tables: async () => (await db().introspection.getTables()).map((table) => table.name).sort(),
    drop,
  };
}

function sqliteReader(file: string): Kysely<unknown> {
  const connection = new SQLite(file);
  connection.pragma('busy_timeout = 5000');
  return new Kysely<unknown>({ dialect: new SqliteDialect({ database: connection }) });
}

let created = 0;

async function postgresDatabase(adminUrl: string, migrated: boolean): Promise<TestDatabase> {
  const name = `welcome_t_${process.pid}_${++created}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const template = migrated ? await migratedTemplate(admin, adminUrl) : 'template0';
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  let reader: Kysely<unknown> | undefined;
  const db = () =>
    (reader ??= new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2, types: postgresTypes }) }),
    }));
  return readerApi('postgres', url, db, async () => {
    await reader?.destroy();
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      // A closed pool's connections end a moment after its end() resolved; terminated by the
      // drop, they would report it as an error nobody listens to. So wait for them first;
      // `with (force)` then ends only what a failed test left open.
      for (let wait = 0; wait < 100; wait++) {
        const open = await client.query('select 1 from pg_stat_activity where datname = $1', [name]);
        if (open.rowCount === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await client.end();
    }
  });
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database migrated to the latest schema, made once per migration list and copied for every test
 * database: copying a small template is much faster than migrating from empty each time. Its name
 * hashes the migrations' names and code, so a changed migration gets a new template.
 */
async function migratedTemplate(admin: pg.Client, adminUrl: string): Promise<string> {
  const migrations = Object.entries(migrationsFor('postgres'));
  const hash = createHash('sha256')
    .update(migrations.map(([name, migration]) => `${name}\n${String(migration.up)}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const template = `welcome_tpl_${hash}`;
  // Session lock on the admin database: test processes running at once make the template once.
  await admin.query('select pg_advisory_lock(7206357)');
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`drop database if exists "${building}" with (force)`);
      await admin.query(`create database "${building}" template template0`);
      await (await openStorage(databaseUrl(adminUrl, building), { poolSize: 1 })).close();
      // Renamed when complete, so a run killed while migrating never leaves a half-made template.
      await admin.query(`alter database "${building}" rename to "${template}"`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(7206357)');
  }
  return template;
}

/**
 * Makes every insert into `table` that meets `condition` (SQL over the new row, `new.<column>`)
 * fail, to test that a write is all or nothing; returns what undoes it. The tests' one dialect branch.
 */
export async function failInsertsOf(
  database: TestDatabase,
  table: string,
  condition: string,
): Promise<() => Promise<void>> {
  if (database.engine === 'sqlite') {
    await database.execute(
      sql.raw(
        `create trigger fail_${table} before insert on ${table} when ${condition} ` +
          `begin select raise(abort, 'failing on purpose'); end`,
      ),
    );
    return () => database.execute(sql.raw(`drop trigger fail_${table}`));
  }
  await database.execute(
    sql.raw(
      `create function fail_${table}() returns trigger language plpgsql as $$ begin ` +
        `if ${condition} then raise exception 'failing on purpose'; end if; return new; end $$`,
    ),
  );
  await database.execute(
    sql.raw(`create trigger fail_${table} before insert on ${table} for each row execute function fail_${table}()`),
  );
  return async () => {
    await database.execute(sql.raw(`drop trigger fail_${table} on ${table}`));
    await database.execute(sql.raw(`drop function fail_${table}()`));
  };
}
