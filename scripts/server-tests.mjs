// `npm run test:server`: the server suite on SQLite, then on PostgreSQL (scripts/with-postgres.mjs).
// Files listed in packages/server/test/postgres-pending.json do not pass on PostgreSQL yet: the
// PostgreSQL pass leaves them out and names them, with their reasons.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

const pendingFile = join(TESTS, 'postgres-pending.json');
/** @type {Record<string, string>} file name → why it does not pass on PostgreSQL yet */
const pending = existsSync(pendingFile) ? JSON.parse(readFileSync(pendingFile, 'utf8')) : {};
const excluded = Object.keys(pending).flatMap((file) => ['--exclude', `/${file}`]);
const postgres = pass(
  'PostgreSQL',
  [
    'scripts/with-postgres.mjs',
    process.execPath,
    ...NODE_TEST,
    // Unit tests touch no database; `npm run test:unit` runs them.
    '--exclude',
    '.unit.test.ts',
    ...excluded,
    ...ONE_FILE_AT_A_TIME,
  ],
  process.env,
);
if (Object.keys(pending).length > 0) {
  console.log('\nLeft out of the PostgreSQL pass (packages/server/test/postgres-pending.json):');
  for (const [file, reason] of Object.entries(pending)) console.log(`  - ${file}: ${reason}`);
}
process.exit(sqlite || postgres);
