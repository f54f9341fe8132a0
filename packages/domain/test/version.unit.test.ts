import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { WIDGETS_VERSION } from '../src/version.js';

it('the version sent with consents is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(WIDGETS_VERSION, pkg.version);
});
