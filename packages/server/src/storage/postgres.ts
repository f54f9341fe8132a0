import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;
const asNumber = (value: string) => Number(value);

/**
 * pg returns int8 (`count(*)`) and numeric (`sum()`) as strings, SQLite as numbers. Every count we
 * run is far below 2^53, so both come back as numbers here, as on SQLite. Per pool, not through
 * `pg.types.setTypeParser`, so another pg user in the same process keeps pg's defaults.
 */
export const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (oid === INT8 || oid === NUMERIC) && format !== 'binary'
      ? asNumber
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** The pool of one instance; `poolSize` × instances must stay below the server's max_connections. */
export function postgresPool(connectionString: string, poolSize: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    application_name: 'welcome-server',
    // An instance that hangs (rather than dies) mid-transaction must not hold row locks for long.
    keepAlive: true,
    options: '-c idle_in_transaction_session_timeout=60000',
    types: postgresTypes,
  });
  // An idle connection the server closed (restart, the timeout above) is dropped by the pool and
  // replaced on the next query, which reports its own errors; unheard, this event would end the process.
  pool.on('error', () => {});
  return pool;
}

export function postgresKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
