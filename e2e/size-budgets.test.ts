import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { overBudget } from '../bench/size-budgets.js';
import { bundleBytes } from '../bench/support/widget-bytes.js';

/** The built bundle `npm test` just made (dist/widgets), or `$STATIC_ROOT/widgets` (a build of one's own). */
const BUILD = process.env.STATIC_ROOT
  ? join(process.env.STATIC_ROOT, 'widgets')
  : fileURLToPath(new URL('../dist/widgets', import.meta.url));

describe('what a visitor downloads (issue 15; figures and goals: bench/README.md)', () => {
  const bytes = bundleBytes(BUILD);

  it('stays within the size budgets of bench/size-budgets.ts (German, gzip -9)', () => {
    assert.deepEqual(
      overBudget(bytes),
      [],
      'lower a widget again, or raise its budget with a reason in bench/README.md',
    );
  });

  it('has the autoloader import nothing before a widget starts loading (a static import is one more round trip)', () => {
    assert.deepEqual(bytes.autoloaderImports, []);
  });

  it('ships no zod: answers and forms are checked by the checks generated from the contracts (ADR 0019)', () => {
    const maps = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js.map'));
    assert.ok(maps.length >= 10, `${maps.length} source maps`);
    const zod = maps.flatMap((file) =>
      (JSON.parse(readFileSync(join(BUILD, file), 'utf8')) as { sources: string[] }).sources
        .filter((source) => source.includes('node_modules/zod/'))
        .map((source) => `${file}: ${source}`),
    );
    assert.deepEqual(
      zod,
      [],
      'a widget imports a zod schema: use its generated <Name>Check (npm run contracts:generate)',
    );
  });

  it("starts every chunk of a widget's static graph at once (each chunk found only by parsing another is one more round trip)", () => {
    assert.deepEqual(bytes.sequentialChunks, {});
    assert.ok(Object.keys(bytes.widgets).length >= 6, 'every tag has a loader');
  });

  it('starts at most six files per widget at once: a browser opens six connections to one host over HTTP/1.1, a seventh file waits a round trip', () => {
    const crowded = Object.entries(bytes.widgets).filter(([, widget]) => widget.started.length > 6);
    assert.deepEqual(
      crowded.map(([tag, widget]) => `${tag}: ${widget.started.length} files`),
      [],
    );
  });

  it('leaves a Brotli and a gzip copy beside every script of 1 kB or more, the same bytes once decoded (the server sends them from disk)', () => {
    const scripts = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const large = scripts.filter((file) => statSync(join(BUILD, file)).size >= 1024);
    assert.ok(large.length >= 10, `${large.length} scripts of 1 kB or more`);
    for (const file of large) {
      const original = readFileSync(join(BUILD, file));
      assert.ok(brotliDecompressSync(readFileSync(join(BUILD, `${file}.br`))).equals(original), `${file}.br`);
      assert.ok(gunzipSync(readFileSync(join(BUILD, `${file}.gz`))).equals(original), `${file}.gz`);
    }
  });
});
