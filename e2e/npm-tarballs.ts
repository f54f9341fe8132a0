import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NPM_PACKAGES } from '../scripts/npm-packages.js';

export const ROOT = join(import.meta.dirname, '..');

export interface PackageJson {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  customElements?: string;
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface Tarball {
  folder: string;
  pkg: PackageJson;
  /** Absolute path of the .tgz. */
  file: string;
  /** Paths inside the tarball, relative to its package folder. */
  files: string[];
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * Builds every npm package as its own `npm run build` does (scripts/build-packages.ts; the
 * manifest it slices is the one `npm run build` keeps current) and packs each as `npm publish` would.
 */
export function buildAndPack(destination: string): Tarball[] {
  run(process.execPath, ['--import', 'tsx', 'scripts/build-packages.ts'], ROOT);
  mkdirSync(destination, { recursive: true });
  const workspaces = NPM_PACKAGES.flatMap((folder) => ['--workspace', `packages/${folder}`]);
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', destination, ...workspaces], ROOT)) as {
    name: string;
    filename: string;
    files: { path: string }[];
  }[];
  return NPM_PACKAGES.map((folder) => {
    const pkg = readJson<PackageJson>(join(ROOT, 'packages', folder, 'package.json'));
    const entry = packed.find((candidate) => candidate.name === pkg.name);
    if (!entry) throw new Error(`npm pack made no tarball for ${pkg.name}`);
    return { folder, pkg, file: join(destination, entry.filename), files: entry.files.map((file) => file.path) };
  });
}

/** Every file an `exports` map can hand a consumer, by condition path, without the workspace's own condition. */
export function exportTargets(exports: unknown, skip: string, at = ''): { at: string; target: string }[] {
  if (typeof exports === 'string') return [{ at, target: exports }];
  if (!exports || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) =>
    key === skip ? [] : exportTargets(value, skip, at ? `${at} → ${key}` : key),
  );
}

const STATIC_IMPORT = /^\s*(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The packages a module imports (bare specifiers), from compiled JavaScript or declarations. */
export function importedPackages(code: string): string[] {
  const specifiers = [STATIC_IMPORT, BARE_IMPORT, DYNAMIC_IMPORT].flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) => match[1]!),
  );
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}
