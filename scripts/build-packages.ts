// Builds every npm package (scripts/npm-packages.ts) with its own `npm run build`, dependencies
// first, after `npm run manifest` has analysed the sources (see package.json "build:packages").
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NPM_PACKAGES } from './npm-packages.js';

for (const folder of NPM_PACKAGES) {
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: join(import.meta.dirname, '..', 'packages', folder),
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${folder}: build failed`);
    process.exit(run.status ?? 1);
  }
}
