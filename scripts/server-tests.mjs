// `npm run test:server`: the server suite on SQLite, then on PostgreSQL (scripts/with-postgres.mjs).
import { spawnSync } from 'node:child_process';

const TESTS = 'packages/server/test';
const NODE_TEST = ['scripts/node-test.mjs', '.test.ts', TESTS];
const ONE_FILE_AT_A_TIME = ['--', '--test-concurrency=1'];

function pass(title, command, env) {
  console.log(`\n=== Server tests on ${title} ===\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, command, { stdio: 'inherit', env });
  console.log(
    `\n=== ${title}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  return result.status ?? 1;
}

const sqliteEnv = { ...process.env };
delete sqliteEnv.TEST_DATABASE_URL;
const sqlite = pass('SQLite', [...NODE_TEST, ...ONE_FILE_AT_A_TIME], sqliteEnv);

const postgres = pass(
  'PostgreSQL',
  [
    'scripts/with-postgres.mjs',
    process.execPath,
    ...NODE_TEST,
    // Unit tests touch no database; `npm run test:unit` runs them.
    '--exclude',
    '.unit.test.ts',
    ...ONE_FILE_AT_A_TIME,
  ],
  process.env,
);
process.exit(sqlite || postgres);
