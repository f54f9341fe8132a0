// Issue 15's last row: `npm start` on a fresh clone until the server listens. Clones this
// repository with the working tree's changes, runs `npm ci` once (not counted), then `npm start`
// RUNS times, each from a fresh state (no dist/, no data/, no build caches under node_modules), and
// times every step from the output: npm's "> welcome-widgets@… <script>" lines and the build's own
// "build: <step> 1.2 s" lines. With --baseline <git ref>, that commit is cloned and timed the same
// way, its runs alternating with the current ones so both see the same load on a shared machine.
// Run: npm run bench:start [-- --runs 3 --baseline 27cd698 --work <dir> --port 4903].
// Writes bench/results/start-time.json. The clones stay in --work (default <tmp>/welcome-widgets-start-time)
// with their node_modules, so that a second bench run skips `npm ci` while package-lock.json is the same.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
    // Outside the repository: typecheck and lint would read a clone inside it.
    work: { type: 'string', default: join(tmpdir(), 'welcome-widgets-start-time') },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4903' },
  },
});
const RUNS = Number(options.runs);
/** Generous: the old chain took 40 s on a quiet machine, several times that on a loaded one. */
const TIMEOUT_MS = 10 * 60_000;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** What the clone is made of: HEAD and the working tree's changes and new files, or `ref`. */
function sourceState(ref?: string): string {
  if (ref) return git(ROOT, 'rev-parse', ref);
  const hash = createHash('sha256')
    .update(git(ROOT, 'rev-parse', 'HEAD'))
    .update(git(ROOT, 'diff', 'HEAD', '--binary'));
  for (const file of untrackedFiles()) hash.update(file).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

const untrackedFiles = () => git(ROOT, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);

/**
 * A clone of HEAD with the working tree's changes on top (or of `ref`), its dependencies installed.
 * Kept between bench runs; node_modules is kept as long as package-lock.json is the same.
 */
function prepare(dir: string, ref?: string): void {
  const state = sourceState(ref);
  const ready = existsSync(join(dir, 'node_modules')) && existsSync(`${dir}.source`);
  if (ready && readFileSync(`${dir}.source`, 'utf8') === state) return;
  const kept = `${dir}.node_modules`;
  rmSync(kept, { recursive: true, force: true });
  if (existsSync(join(dir, 'node_modules'))) renameSync(join(dir, 'node_modules'), kept);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  git(ROOT, 'clone', '-q', ROOT, dir);
  if (ref) git(dir, 'checkout', '-q', '--detach', ref);
  else {
    const changes = git(ROOT, 'diff', 'HEAD', '--binary');
    if (changes) execFileSync('git', ['apply', '--whitespace=nowarn'], { cwd: dir, input: changes });
    for (const file of untrackedFiles()) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(dir, file));
    }
  }
  const lock = createHash('sha256')
    .update(readFileSync(join(dir, 'package-lock.json')))
    .digest('hex');
  if (existsSync(kept) && existsSync(`${dir}.lock`) && readFileSync(`${dir}.lock`, 'utf8') === lock) {
    renameSync(kept, join(dir, 'node_modules'));
  } else {
    rmSync(kept, { recursive: true, force: true });
    console.log(`${dir}: npm ci (not counted)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
  }
  writeFileSync(`${dir}.lock`, lock);
  writeFileSync(`${dir}.source`, state);
}

/** What a fresh clone does not have: build output, the database, Vite's and tools' caches. */
function makeFresh(dir: string): void {
  for (const path of ['dist', 'data', 'node_modules/.cache', 'node_modules/.vite', 'node_modules/.vite-admin'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

interface Run {
  /** Until the server logged "listening". */
  totalMs: number;
  /** Each npm script from its "> …" line to the next one ("serve": until listening). */
  scripts: Record<string, number>;
  /** The build's own report of each step, from the step's start (steps overlap). */
  buildSteps: Record<string, number>;
  loadAverageBefore: number;
}

function startOnce(dir: string): Promise<Run> {
  makeFresh(dir);
  const loadAverageBefore = Math.round(loadavg()[0]! * 100) / 100;
  const start = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: dir,
    detached: true,
    env: { ...process.env, PORT: options.port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks: { script: string; at: number }[] = [];
  const buildSteps: Record<string, number> = {};
  let output = '';
  return new Promise<Run>((done, fail) => {
    let settled = false;
    const timer = setTimeout(() => finish(new Error(`no "listening" within ${TIMEOUT_MS} ms:\n${output}`)), TIMEOUT_MS);
    /** Stops npm and the server (their process group), then answers once they are gone. */
    function finish(error?: Error, run?: Run): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const answer = () => (error ? fail(error) : done(run!));
      if (child.exitCode !== null || child.signalCode !== null) return answer();
      child.once('exit', answer);
      process.kill(-child.pid!, 'SIGTERM');
    }
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - start;
      output += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const script = /^> welcome-widgets@\S+ (\S+)$/.exec(line.trim())?.[1];
        if (script) marks.push({ script, at });
        const built = /^build: (\S+) ([\d.]+) s$/.exec(line.trim());
        if (built) buildSteps[built[1]!] = Math.round(Number(built[2]) * 1000);
        if (/"message":"listening"/.test(line)) {
          const scripts: Record<string, number> = {};
          marks.forEach((mark, index) => {
            scripts[mark.script] = Math.round((marks[index + 1]?.at ?? at) - mark.at);
          });
          finish(undefined, { totalMs: Math.round(at), scripts, buildSteps, loadAverageBefore });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => finish(new Error(`npm start ended (${code}) before listening:\n${output}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

const variants = [
  { name: 'current', dir: join(options.work, 'current'), ref: undefined as string | undefined },
  ...(options.baseline ? [{ name: 'baseline', dir: join(options.work, 'baseline'), ref: options.baseline }] : []),
];
for (const variant of variants) prepare(variant.dir, variant.ref);

const runs = new Map<string, Run[]>(variants.map((variant) => [variant.name, []]));
for (let round = 0; round < RUNS; round++) {
  for (const variant of variants) {
    const run = await startOnce(variant.dir);
    runs.get(variant.name)!.push(run);
    console.log(`${variant.name} #${round + 1}: ${(run.totalMs / 1000).toFixed(1)} s`, run.scripts, run.buildSteps);
  }
}

const summary = (list: Run[]) => ({
  medianMs: median(list.map((run) => run.totalMs)),
  runs: list,
});
const current = runs.get('current')!;
const baseline = runs.get('baseline');
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  unit: 'ms',
  what: '`npm start` in a fresh clone after `npm ci` (not counted) until the server logs "listening"; no dist/, data/ or build caches',
  goalMs: 15_000,
  note: 'A shared machine (2 cores, other jobs): compare current and baseline of the same run, not absolute times',
  current: { ref: `${git(ROOT, 'rev-parse', '--short', 'HEAD').trim()} + working tree`, ...summary(current) },
  ...(baseline
    ? {
        baseline: { ref: options.baseline, ...summary(baseline) },
        currentToBaseline:
          Math.round((median(current.map((run) => run.totalMs)) / median(baseline.map((run) => run.totalMs))) * 100) /
          100,
      }
    : {}),
};
writeFileSync(join(ROOT, 'bench/results/start-time.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify({ current: result.current.medianMs, baseline: result.baseline?.medianMs }));
