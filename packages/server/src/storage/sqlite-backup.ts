import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';

export interface BackupResult {
  file: string;
  pages: number;
}

/**
 * Copies the SQLite database of `databaseUrl` to `target` while the server keeps running: SQLite's
 * online backup copies page by page and starts again where a write changed a page it had copied,
 * so the copy is one consistent state of the database (a plain `cp` of a WAL database is not).
 * Checks the copy with `integrity_check`. Never overwrites: an existing `target` is an error.
 */
export async function backupSqlite(databaseUrl: string, target: string): Promise<BackupResult> {
  if (!databaseUrl.startsWith('sqlite:') || databaseUrl === 'sqlite::memory:') {
    throw new BackupError(
      `DATABASE_URL must name a SQLite file (sqlite:./data/welcome.db); PostgreSQL is backed up with pg_dump.`,
    );
  }
  const source = resolve(databaseUrl.slice('sqlite:'.length));
  const file = resolve(target);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (existsSync(file)) throw new BackupError(`${file} exists already; a backup never overwrites a file.`);

  const database = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await database.backup(file);
    const copy = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const problems = copy.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
      if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') {
        throw new BackupError(`The copy at ${file} failed SQLite's integrity check: ${JSON.stringify(problems)}`);
      }
    } finally {
      copy.close();
    }
    return { file, pages: totalPages };
  } finally {
    database.close();
  }
}

/** A backup that cannot be made as asked (wrong URL, target exists); the message says why. */
export class BackupError extends Error {}
