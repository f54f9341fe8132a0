import { resolve } from 'node:path';
import { RolldownMagicString } from 'rolldown';
import type { Plugin } from 'vite';
import { msgIds, templateKeys, type IdLiteral } from './message-ids.js';
import { WIDGET_SOURCE } from './minify-templates-plugin.js';
import { ShortIds, translatedIds } from './short-ids.js';
import { transformed } from './source-edits.js';

/** The translations lit-localize writes (scripts/build-locales.ts), one module per package and language. */
const LOCALE_MODULE = /\/packages\/[^/]+\/src\/generated\/locales\/[^/]+\.ts$/;
const PACKAGES = resolve(import.meta.dirname, '../../packages');

/** `code` with each id literal replaced by its short id, or undefined if none changed. */
export function shortenIds(code: string, literals: IdLiteral[], ids: ShortIds): RolldownMagicString | undefined {
  const s = new RolldownMagicString(code);
  let changed = false;
  for (const { start, end, id } of literals) {
    const short = ids.for(id);
    if (short === id) continue;
    s.overwrite(start, end, `'${short}'`);
    changed = true;
  }
  return changed ? s : undefined;
}

/**
 * Gives every message a short id at build (issue 15): `msg(…, { id: 'quickcheck.q.citizenship' })`
 * and the key of its translation in each language's module become the same letter or two. At
 * run time @lit/localize looks a message up by its id only (its hash of the text is for calls
 * without one, which this build refuses), so the German source chunk and every language's chunk
 * agree as long as both are rewritten from one table (short-ids.ts).
 */
export function shortMessageIds(packagesDir = PACKAGES): Plugin {
  let ids: ShortIds | undefined;
  return {
    name: 'widgets-short-message-ids',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      // Read again each build: `vite build --watch` sees new messages.
      ids = new ShortIds(translatedIds(packagesDir));
    },
    transform(code, id) {
      if (!ids || !WIDGET_SOURCE.test(id) || id.includes('/node_modules/')) return undefined;
      try {
        const locale = LOCALE_MODULE.test(id);
        if (!locale && !code.includes('@lit/localize')) return undefined;
        const s = shortenIds(code, locale ? templateKeys(id, code) : msgIds(id, code), ids);
        return s ? transformed(s, id) : undefined;
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
