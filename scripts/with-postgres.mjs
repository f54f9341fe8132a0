// Runs a command with TEST_DATABASE_URL naming a PostgreSQL server where it may CREATE DATABASE:
// the one given, else a throwaway cluster started here (initdb in a temporary directory, a free
// port) and removed afterwards. Without either: a framed "NOT RUN" message, a failure under CI.
// Usage: node scripts/with-postgres.mjs <command> [args...]
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node scripts/with-postgres.mjs <command> [args...]');
  process.exit(2);
}

if (process.env.TEST_DATABASE_URL) process.exit(await run(process.env.TEST_DATABASE_URL));

const bin = postgresBin();
const asRoot = userInfo().uid === 0;
const postgresUser = asRoot ? systemUser('postgres') : undefined;
if (!bin || (asRoot && !postgresUser)) {
  notRun(
    bin
      ? `TEST_DATABASE_URL is not set, and initdb refuses to run as root while there is no postgres user to run it as.`
      : 'TEST_DATABASE_URL is not set and no initdb was found\n(/usr/lib/postgresql/*/bin, PATH).',
  );
}

const dir = mkdtempSync(join(tmpdir(), 'welcome-pg-'));
const data = join(dir, 'data');
const log = join(dir, 'log');
let started = false;
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (started) pg(['pg_ctl', '-D', data, '-m', 'immediate', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
let child;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

let status = 1;
try {
  if (postgresUser) chownSync(dir, postgresUser.uid, postgresUser.gid);
  const init = pg(['initdb', '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  if (init.status !== 0) fail(`initdb failed:\n${init.output}`);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // A throwaway cluster: durability buys nothing in tests and costs time. Benchmarks compare
    // engines as they run in production, with every commit on disk (WITH_POSTGRES_DURABLE=1).
    ...(process.env.WITH_POSTGRES_DURABLE === '1'
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    '-c max_connections=300',
  ].join(' ');
  const start = pg(['pg_ctl', '-D', data, '-l', log, '-w', 'start', '-o', options]);
  started = true;
  if (start.status !== 0) fail(`pg_ctl start failed:\n${start.output}\n${readLog()}`);
  console.log(`PostgreSQL ${bin.version ?? ''} throwaway cluster on 127.0.0.1:${port} (${dir})`);
  status = await run(`postgres://postgres@127.0.0.1:${port}/postgres`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  status = 1;
} finally {
  cleanUp();
}
process.exit(status);

function run(url) {
  return new Promise((resolve) => {
    child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });
    child.on('error', (error) => {
      console.error(`${command[0]}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a PostgreSQL program from `bin`, as the postgres user when we are root (initdb refuses root). */
function pg([program, ...args]) {
  const path = join(bin.dir, program);
  const [file, argv] = postgresUser ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  const result = spawnSync(file, argv, { cwd: dir, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}`;
  return { status: result.status ?? 1, output };
}

/** The newest of Debian's /usr/lib/postgresql/<version>/bin, else initdb and pg_ctl on PATH. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(
          (name) => existsSync(join(root, name, 'bin', 'initdb')) && existsSync(join(root, name, 'bin', 'pg_ctl')),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length > 0) return { dir: join(root, versions[0], 'bin'), version: versions[0] };
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .find((folder) => folder && existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')));
  return onPath ? { dir: onPath } : undefined;
}

function systemUser(name) {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function readLog() {
  try {
    return `Cluster log (${log}):\n${readFileSync(log, 'utf8')}`;
  } catch {
    return '(no cluster log)';
  }
}

function fail(message) {
  throw new Error(message);
}

function notRun(reason) {
  const lines = [
    `PostgreSQL pass NOT RUN: ${reason}`,
    "Install Debian's postgresql, or set TEST_DATABASE_URL=postgres://user@host:port/db",
    '(a role that may CREATE DATABASE).',
  ].flatMap((line) => line.split('\n'));
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  console.error([rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n'));
  process.exit(process.env.CI ? 1 : 0);
}
