import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';

const AUTOLOADER = '/packages/widgets/src/welcome-widgets.ts';
const VERSION_SOURCE = resolve(import.meta.dirname, '../packages/domain/src/version.ts');
/** Ends like the version module's path, so vite.config.ts's WIDGETS_VERSION override stamps this copy too. */
const AUTOLOADER_VERSION = `\0autoloader-copy:${VERSION_SOURCE}`;

/**
 * Gives the autoloader its own copy of the version string. Shared with the widgets' core, the
 * bundler put it in a 30-byte chunk of its own that the autoloader imported statically: one
 * more round trip before any widget could start loading (issue 15).
 */
export function versionInAutoloader(): Plugin {
  return {
    name: 'widgets-version-in-autoloader',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@welcome-widgets/domain' && importer?.endsWith(AUTOLOADER)) return AUTOLOADER_VERSION;
      return undefined;
    },
    load(id) {
      return id === AUTOLOADER_VERSION ? readFileSync(VERSION_SOURCE, 'utf8') : undefined;
    },
  };
}

interface ChunkImports {
  imports: readonly string[];
}

/** A chunk's static imports, their static imports, and so on: what the browser fetches before running it. */
function staticClosure(file: string, chunks: Record<string, ChunkImports>, seen = new Set<string>()): Set<string> {
  for (const imported of chunks[file]?.imports ?? []) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(imported, chunks, seen);
  }
  return seen;
}

/**
 * Makes each of the autoloader's `import('./chunks/x.js')` also import, at the same moment, every chunk
 * x.js imports statically (and theirs). Without it the browser learns of the core chunk only
 * after the widget chunk arrived and was parsed: one round trip per level of the chunk graph. With
 * it a widget loads in one wave after the autoloader. `import()` rather than `<link
 * rel=modulepreload>`: it passes every page policy the widget chunk itself passes (strict CSP,
 * Trusted Types) and needs no access to the page's `<head>`. Vite's own preloading is off in
 * library builds.
 */
export function parallelWidgetChunks(): Plugin {
  return {
    name: 'widgets-parallel-chunks',
    renderChunk(code, chunk, _options, meta) {
      // Only the autoloader: other builds reading this config (Storybook) keep their own loading.
      if (!chunk.facadeModuleId?.endsWith(AUTOLOADER) || !chunk.dynamicImports.length) return null;
      const dir = chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '';
      const loaded = staticClosure(chunk.fileName, meta.chunks);
      const s = new RolldownMagicString(code);
      let changed = false;
      for (const match of code.matchAll(/import\((["'`])\.\/([^"'`]+)\1\)/g)) {
        const target = dir + match[2];
        const more = [...staticClosure(target, meta.chunks)].filter((file) => !loaded.has(file) && file !== target);
        if (!more.length) continue;
        const relative = (file: string) => JSON.stringify(`./${file.slice(dir.length)}`);
        const all = [match[0], ...more.map((file) => `import(${relative(file)})`)].join(',');
        s.overwrite(match.index, match.index + match[0].length, `Promise.all([${all}]).then(m=>m[0])`);
        changed = true;
      }
      return changed ? s : null;
    },
  };
}
