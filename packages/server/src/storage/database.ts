import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export interface Storage {
  db: Kysely<Database>;
  engine: 'sqlite';
  /** Answers whether the database can be read right now (health check). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the database named by DATABASE_URL and brings its schema up to date.
 * `sqlite:./data/welcome.db` (default) or `sqlite::memory:`; PostgreSQL arrives with its own issue.
 */
export async function openStorage(databaseUrl: string): Promise<Storage> {
  if (!databaseUrl.startsWith('sqlite:')) {
    throw new Error(`Unsupported DATABASE_URL "${databaseUrl.split(':')[0]}:": this release supports sqlite: only.`);
  }
  const location = databaseUrl.slice('sqlite:'.length);
  const file = location === ':memory:' ? ':memory:' : resolve(location);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });

  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Erased mails and purged people are overwritten in the file, not merely unlinked from it.
  sqlite.pragma('secure_delete = ON');
  // Concurrent writers wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }

  return {
    db,
    engine: 'sqlite',
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
