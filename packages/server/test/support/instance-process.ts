import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './test-server.js';

const MAIN = resolve(import.meta.dirname, '../../src/main.ts');

/** The server as a deployment runs it: its own Node process, configured by its environment. */
export interface InstanceProcess {
  url: string;
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Ends it the way a crash or an OOM killer does: no shutdown, connections dropped. */
  kill(): void;
  /** Ends it as an orchestrator does (SIGTERM) and waits until it exited. */
  stop(): Promise<void>;
  /** What it wrote, for the failure message. */
  output(): string;
}

export async function startInstance(env: Record<string, string>): Promise<InstanceProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance exited while starting:\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the instance did not get ready in 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }

  return {
    url,
    api: (path, init) => fetch(`${url}/api${path}`, init),
    kill: () => child.kill('SIGKILL'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    output: () => output,
  };
}
