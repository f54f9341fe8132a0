// Builds the npm package in the working directory (each package's `npm run build`): ES modules and
// declarations from src/ into dist/ with tsc (tsconfig.build.json), and, for a package with
// elements, its slice of the custom-elements manifest at the path its `customElements` names.
// Workspace dependencies are read from their dist/: `npm run build:packages` builds in order.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { packageManifest, type Manifest } from './package-manifest.js';

const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson('package.json') as { customElements?: string };

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

if (pkg.customElements) {
  const combined = readJson(join(root, 'packages/widgets/custom-elements.json')) as Manifest;
  const manifest = packageManifest(
    combined,
    basename(process.cwd()),
    (folder) => (readJson(join(root, 'packages', folder, 'package.json')) as { name: string }).name,
  );
  writeFileSync(pkg.customElements, `${JSON.stringify(manifest, null, 2)}\n`);
}
