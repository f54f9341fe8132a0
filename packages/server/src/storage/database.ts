import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { migrationProviderFor } from './migrations.js';
import { postgresKysely, postgresPool } from './postgres.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<Database>;
  engine: Engine;
  /** Answers whether the database can be read right now (health check). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** Connections of the PostgreSQL pool (DATABASE_POOL_SIZE); SQLite has one. */
  poolSize?: number;
}

/** The engine a DATABASE_URL names, or an error naming the ones we support. */
export function engineOf(databaseUrl: string): Engine {
  if (databaseUrl.startsWith('sqlite:')) return 'sqlite';
  if (databaseUrl.startsWith('postgres:') || databaseUrl.startsWith('postgresql:')) return 'postgres';
  throw new Error(
    `Unsupported DATABASE_URL "${databaseUrl.split(':')[0]}:": use sqlite:<file> or postgres://user@host:port/database.`,
  );
}

/**
 * Opens the database named by DATABASE_URL and brings its schema up to date:
 * `sqlite:./data/welcome.db` (default), `sqlite::memory:`, or `postgres://…` (also `postgresql://…`).
 */
export async function openStorage(databaseUrl: string, options: StorageOptions = {}): Promise<Storage> {
  const engine = engineOf(databaseUrl);
  const db = connectDatabase(databaseUrl, options);
  // On PostgreSQL Kysely's Migrator holds an advisory lock and runs the pending migrations in one
  // transaction: instances starting together migrate once (test/migrations.test.ts proves it).
  const { error } = await new Migrator({ db, provider: migrationProviderFor(engine) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }

  return {
    db,
    engine,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}

/** The connection (SQLite) or pool (PostgreSQL) alone, not migrated: for `openStorage` and the migrations test. */
export function connectDatabase(databaseUrl: string, options: StorageOptions = {}): Kysely<Database> {
  return engineOf(databaseUrl) === 'postgres'
    ? postgresKysely(postgresPool(databaseUrl, options.poolSize ?? 10))
    : openSqlite(databaseUrl);
}

function openSqlite(databaseUrl: string): Kysely<Database> {
  const location = databaseUrl.slice('sqlite:'.length);
  const file = location === ':memory:' ? ':memory:' : resolve(location);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });

  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // PostgreSQL always enforces foreign keys and has no equivalent of secure_delete (README, Privacy).
  sqlite.pragma('foreign_keys = ON');
  // Erased mails and purged people are overwritten in the file, not merely unlinked from it.
  sqlite.pragma('secure_delete = ON');
  // Concurrent writers wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
