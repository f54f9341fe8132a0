// What a visitor downloads per widget, read from a build of the autoloader bundle (dist/widgets or
// a build of one's own): shared by bench/widget-sizes.ts and the budgets in e2e/size-budgets.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const AUTOLOADER = 'welcome-widgets.js';
const LANGUAGES = ['en', 'uk', 'ru', 'ar', 'es', 'vi'] as const;

/** A chunk's imports as written in it: static ones load with it, dynamic ones later, on demand. */
interface ChunkImports {
  static: string[];
  dynamic: string[];
}

export interface WidgetBytes {
  /** The chunks the autoloader starts for this tag, its widget chunk first. */
  started: string[];
  /** Autoloader + widget chunk + every chunk it imports statically: German, before any interaction. */
  firstWidget: number;
  /** The same files as the server sends them to a browser that takes Brotli (the build's quality-11 copies). */
  firstWidgetBrotli: number;
  /** What the widget adds to a page that already has a widget sharing only the common core. */
  furtherWidget: number;
  /** Chunks it may import later (lazy views), not counting language chunks. */
  later: number;
  /** Its own strings in each other language (German needs none). */
  languages: Record<string, number>;
}

export interface BundleBytes {
  autoloader: number;
  /** The chunks every widget loads (lit, @lit/localize runtime, zod/mini, ky, base element, styles). */
  commonCore: number;
  widgets: Record<string, WidgetBytes>;
  /** Tags whose loader misses a chunk of its widget's static graph (each costs a round trip). */
  sequentialChunks: Record<string, string[]>;
  /** Chunks the autoloader imports statically (each costs a round trip before any widget starts). */
  autoloaderImports: string[];
}

export function bundleBytes(dir: string): BundleBytes {
  const sizes = new Map<string, number>();
  const gz = (file: string): number => {
    let size = sizes.get(file);
    if (size === undefined) sizes.set(file, (size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length));
    return size;
  };
  const parsed = new Map<string, ChunkImports>();
  const importsOf = (file: string): ChunkImports => {
    let found = parsed.get(file);
    if (!found) parsed.set(file, (found = chunkImports(readFileSync(join(dir, file), 'utf8'), file)));
    return found;
  };
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of importsOf(file).static) closure(imported, seen);
    return seen;
  };
  const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + gz(file), 0);
  const brotli = (files: Iterable<string>): number =>
    [...files].reduce((total, file) => total + brotliSize(readFileSync(join(dir, file))), 0);

  const loaders = tagLoaders(readFileSync(join(dir, AUTOLOADER), 'utf8'));
  const autoloaderImports = importsOf(AUTOLOADER).static;
  const graphs = new Map(Object.entries(loaders).map(([tag, started]) => [tag, closure(started[0]!)]));
  const common = [...graphs.values()].reduce((shared, graph) => new Set([...shared].filter((f) => graph.has(f))));
  const widgets: Record<string, WidgetBytes> = {};
  const sequentialChunks: Record<string, string[]> = {};
  for (const [tag, started] of Object.entries(loaders)) {
    const graph = graphs.get(tag)!;
    const missing = [...graph].filter((file) => !started.includes(file));
    if (missing.length) sequentialChunks[tag] = missing;
    const lazy = new Set<string>();
    const languages: Record<string, number> = {};
    for (const file of graph) {
      for (const later of importsOf(file).dynamic) {
        const language = LANGUAGES.find((code) => later.startsWith(`chunks/${code}-`));
        if (language)
          languages[language] = (languages[language] ?? 0) + sum([...closure(later)].filter((f) => !graph.has(f)));
        else for (const lazyFile of closure(later)) if (!graph.has(lazyFile)) lazy.add(lazyFile);
      }
    }
    widgets[tag] = {
      started,
      firstWidget: sum(new Set([...closure(AUTOLOADER), ...graph])),
      firstWidgetBrotli: brotli(new Set([...closure(AUTOLOADER), ...graph])),
      furtherWidget: sum([...graph].filter((file) => !common.has(file))),
      later: sum(lazy),
      languages,
    };
  }
  return {
    autoloader: sum(closure(AUTOLOADER)),
    commonCore: sum(common),
    widgets,
    sequentialChunks,
    autoloaderImports,
  };
}

/** Brotli at quality 11, as scripts/precompress-plugin.ts writes the copies the server sends. */
function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  }).length;
}

/** Static and dynamic imports of chunks of this bundle, as paths relative to the build folder. */
function chunkImports(code: string, file: string): ChunkImports {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const path = (relative: string) => normalize(dir + relative);
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*(["'`])\.\/([^"'`]+\.js)\1/g)].map((m) => path(m[2]!)),
    dynamic: [...code.matchAll(/\bimport\((["'`])\.\/([^"'`]+\.js)\1\)/g)].map((m) => path(m[2]!)),
  };
}

function normalize(path: string): string {
  return path.replace(/(^|\/)\.\//g, '$1');
}

/**
 * Each tag's chunks as the autoloader starts them: `"welcome-x":()=>import("./chunks/a.js")` or
 * `"welcome-x":()=>Promise.all([import("./chunks/a.js"),import("./chunks/b.js"),…])…`.
 */
function tagLoaders(code: string): Record<string, string[]> {
  const loaders: Record<string, string[]> = {};
  for (const match of code.matchAll(/"(welcome-[a-z-]+)":\(\)=>(Promise\.all\(\[[^\]]*\]\)|import\([^)]*\))/g)) {
    loaders[match[1]!] = [...match[2]!.matchAll(/import\((["'`])\.\/([^"'`]+\.js)\1\)/g)].map((m) => normalize(m[2]!));
  }
  if (!Object.keys(loaders).length) throw new Error(`no widget loaders found in ${AUTOLOADER}`);
  return loaders;
}
