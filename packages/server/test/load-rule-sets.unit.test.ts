import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHIPPED_RULE_SETS_DIR, loadRuleSets } from '../src/quickcheck/load-rule-sets.js';

const shipped = (name: string) => readFileSync(join(SHIPPED_RULE_SETS_DIR, name), 'utf8');

describe('loadRuleSets', () => {
  const dirs: string[] = [];
  const folderWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'welcome-rule-sets-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the shipped years, oldest first', () => {
    assert.deepEqual(
      loadRuleSets().map((set) => set.version),
      ['2025-01', '2026-01'],
    );
  });

  it('reads only *.json files, ordered by validity, not by file name', () => {
    const dir = folderWith({
      'b-2025.json': shipped('2025.json'),
      'a-2026.json': shipped('2026.json'),
      'notes.txt': 'x',
    });
    assert.deepEqual(
      loadRuleSets(dir).map((set) => set.version),
      ['2025-01', '2026-01'],
    );
  });

  it('names the file that is not JSON', () => {
    const dir = folderWith({ '2025.json': shipped('2025.json'), '2026.json': '{ "version": "2026-01", ' });
    assert.throws(() => loadRuleSets(dir), /^Error: Rule set 2026\.json is not readable JSON/);
  });

  it('names the file and the field that is wrong', () => {
    const broken = JSON.parse(shipped('2026.json'));
    broken.figures.age45SalaryEur = -1;
    delete broken.validUntil;
    const dir = folderWith({ '2025.json': shipped('2025.json'), '2026.json': JSON.stringify(broken) });
    assert.throws(
      () => loadRuleSets(dir),
      (error: Error) =>
        /^Rule set 2026\.json is invalid: /.test(error.message) &&
        error.message.includes('validUntil') &&
        error.message.includes('figures.age45SalaryEur'),
    );
  });

  it('refuses an empty folder', () => {
    assert.throws(() => loadRuleSets(folderWith({})), /No rule sets/);
  });
});
