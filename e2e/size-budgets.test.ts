import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
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

  it("starts every chunk of a widget's static graph at once (each chunk found only by parsing another is one more round trip)", () => {
    assert.deepEqual(bytes.sequentialChunks, {});
    assert.ok(Object.keys(bytes.widgets).length >= 6, 'every tag has a loader');
  });
});
