import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import type { Tarball } from './npm-tarballs.js';

/** The page of a partner's own app: one widget by its define module, one class under the partner's tag. */
const MAIN = `import '@welcome-widgets/faq-search/define';
import { WelcomeNewsletterSignup } from '@welcome-widgets/newsletter-signup';

// The class module registers nothing: the partner picks the tag name.
customElements.define('partner-newsletter', WelcomeNewsletterSignup);

// Typed through the define module's HTMLElementTagNameMap entry.
export const faqApi: string | undefined = document.querySelector('welcome-faq-search')?.api;
`;

const page = (api: string) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Partner app</title>
    <script type="module" src="./main.ts"></script>
  </head>
  <body>
    <main>
      <h1>Partner app</h1>
      <welcome-faq-search lang="en" api="${api}"></welcome-faq-search>
      <partner-newsletter api="${api}"></partner-newsletter>
    </main>
  </body>
</html>
`;

/** Every entry point of every package, imported for types only: each must resolve with its declarations. */
function everyEntryPoint(tarballs: Tarball[]): string {
  return tarballs
    .flatMap(({ pkg }) =>
      Object.keys(pkg.exports)
        .filter((subpath) => !subpath.includes('*'))
        .map((subpath) => `${pkg.name}${subpath.slice(1)}`),
    )
    .map((specifier, index) => `import type * as entry${index} from '${specifier}';\nexport type { entry${index} };\n`)
    .join('');
}

/**
 * A partner's Vite app outside the workspace: its own package.json naming the tarballs, installed
 * from npm's cache where it can; the registry is asked only for what the cache lacks.
 */
export function createScratchApp(dir: string, tarballs: Tarball[], api: string): void {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(tarballs.map(({ pkg, file }) => [pkg.name, `file:${file}`]));
  // The packages depend on each other by version range: point those at the tarballs, never the registry.
  const overrides = Object.fromEntries(tarballs.map(({ pkg }) => [pkg.name, `$${pkg.name}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'partner-app', private: true, type: 'module', dependencies, overrides }, null, 2),
  );
  writeFileSync(join(dir, 'main.ts'), MAIN);
  writeFileSync(join(dir, 'entry-points.ts'), everyEntryPoint(tarballs));
  writeFileSync(join(dir, 'index.html'), page(api));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['main.ts', 'entry-points.ts'],
    }),
  );
  const install = spawnSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}\n${install.stderr}`);
}

/** tsc's findings on the app against the installed declarations (empty: it type-checks). */
export function typecheckScratchApp(dir: string): string {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`;
}

/** Vite's production build of the app, with nothing of the workspace's configuration. */
export async function buildScratchApp(dir: string): Promise<string> {
  const outDir = join(dir, 'dist');
  await build({ root: dir, configFile: false, logLevel: 'error', build: { outDir, target: 'es2022' } });
  return outDir;
}
