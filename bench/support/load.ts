// Load generation and child processes shared by the server benchmarks.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

/** BENCH_SECONDS shortens a trial run; recorded results use 10 s. */
export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
export const WARMUP_S = 2;
export const HOST = '127.0.0.1';
/** What a browser sends; the hello-world ignores it. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd', accept: 'application/json' };

const WRK = (() => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();
export const LOAD_TOOL = WRK
  ? 'wrk -t1 (C, one thread)'
  : 'autocannon (in the bench process; install wrk for a client that is not the bottleneck)';

export interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerSecond: number;
  non2xx: number;
  errors: number;
}

/** Node processes the benchmarks start: a server, a hello-world. `node --import tsx <args>`. */
export function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (code !== null && code !== 0) console.error(`${args[0]} exited with ${code ?? signal}`);
  });
  return child;
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function ready(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** `script`: a wrk Lua script that makes each request (e.g. a POST with its own body); wrk only. */
export async function measure(url: string, connections: number, script?: string): Promise<Measured> {
  if (script && !WRK) throw new Error('this case needs wrk (apt-get install wrk)');
  return WRK ? measureWithWrk(url, connections, script) : measureWithAutocannon(url, connections);
}

/**
 * Several servers loaded at once, `connections` spread evenly, as a load balancer would: the sum
 * of their requests/s; for latency the slowest server's p50 and p99 (an upper bound of the whole).
 */
export async function measureTogether(urls: string[], connections: number, script?: string): Promise<Measured> {
  if (!WRK) throw new Error('several servers at once need wrk (apt-get install wrk)');
  const each = await Promise.all(urls.map((url) => measureWithWrk(url, Math.round(connections / urls.length), script)));
  const sum = (key: keyof Measured) => each.reduce((total, m) => total + m[key], 0);
  const max = (key: keyof Measured) => Math.max(...each.map((m) => m[key]));
  return {
    requestsPerSecond: sum('requestsPerSecond'),
    p50Ms: max('p50Ms'),
    p99Ms: max('p99Ms'),
    bytesPerSecond: sum('bytesPerSecond'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
  };
}

const execFileAsync = promisify(execFile);

async function measureWithWrk(url: string, connections: number, script?: string): Promise<Measured> {
  const headers = Object.entries(BROWSER_HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const run = async (duration: number) =>
    (
      await execFileAsync(
        'wrk',
        ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', ...headers, ...(script ? ['-s', script] : []), url],
        { encoding: 'utf8' },
      )
    ).stdout;
  await run(WARMUP_S);
  const out = await run(DURATION_S);
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? 0);
  const ms = (percentile: number) => {
    const match = new RegExp(`^\\s+${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
    if (!match) throw new Error(`no p${percentile} in wrk's output:\n${out}`);
    const factor = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
    return round(Number(match[1]) * factor, 1);
  };
  const transfer = /Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/.exec(out);
  const scale = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(transfer?.[2] ?? 'B') as 'B' | 'KB' | 'MB' | 'GB'];
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requestsPerSecond: round(number(/Requests\/sec:\s+([\d.]+)/), 0),
    p50Ms: ms(50),
    p99Ms: ms(99),
    bytesPerSecond: round(Number(transfer?.[1] ?? 0) * scale, 0),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

async function measureWithAutocannon(url: string, connections: number): Promise<Measured> {
  const run = (duration: number) => autocannon({ url, connections, duration, headers: BROWSER_HEADERS });
  await run(WARMUP_S);
  const result = await run(DURATION_S);
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: round(result.latency.p50, 1),
    p99Ms: round(result.latency.p99, 1),
    bytesPerSecond: round(result.throughput.average, 0),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
