// `npm run build`: translations, custom-elements manifest, framework bindings, the widgets bundle
// and the staff console, each step as soon as what it reads is there, in one process where it can
// be. One `npm run` and one Node start per step cost seconds on a fresh clone, and the manifest
// (a process of its own) and the two Vite builds use the second core (ADR 0019).
// The steps stay scripts of their own for running one: locales:build, manifest, frameworks,
// build:widgets (with build:admin).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();

/** Runs a step, printing when it is done and how long it took from its own start ("build: <step> 1.2 s"). */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`build: ${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/** The manifest analyzer in a process of its own, so it runs beside the translations' type checking. */
function manifest(): Promise<void> {
  const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  return new Promise((done, fail) => {
    spawn(process.execPath, [analyzer, 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' })
      .on('error', fail)
      .on('exit', (code) => (code === 0 ? done() : fail(new Error(`manifest: cem analyze exited with ${code}`))));
  });
}

async function vite(mode?: 'admin'): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', ...(mode ? { mode } : {}) });
}

// The manifest's process starts before this one loads TypeScript and Vite (a second or two each).
const manifestBuilt = step('manifest', manifest);
const localesBuilt = step('locales', async () => (await import('./build-locales.js')).buildLocales());
await Promise.all([
  // The bindings are written from the manifest; the module writes them when it is loaded.
  manifestBuilt.then(() => step('frameworks', () => import('./generate-frameworks.js'))),
  // The bundle publishes the manifest beside it.
  Promise.all([localesBuilt, manifestBuilt]).then(() => step('widgets', () => vite())),
  localesBuilt.then(() => step('admin', () => vite('admin'))),
]);
console.log(`build: done ${((performance.now() - started) / 1000).toFixed(1)} s`);
