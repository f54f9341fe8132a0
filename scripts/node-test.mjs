// Runs node:test on files matching a suffix below the given folders. Node 20's --test takes no globs.
// Usage: node scripts/node-test.mjs <suffix> <folder>... [--exclude <suffix>]... [-- extra node args]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [suffix, ...rest] = process.argv.slice(2);
const split = rest.indexOf('--');
const options = split === -1 ? rest : rest.slice(0, split);
const extra = split === -1 ? [] : rest.slice(split + 1);
const folders = [];
const excluded = [];
for (let i = 0; i < options.length; i++) {
  if (options[i] === '--exclude') excluded.push(options[++i]);
  else folders.push(options[i]);
}

function find(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path);
    return path.endsWith(suffix) && !excluded.some((end) => path.endsWith(end)) ? [path] : [];
  });
}

const files = folders.flatMap(find).sort();
if (files.length === 0) {
  console.error(`No *${suffix} files in ${folders.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...extra, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
