import { expect } from '@open-wc/testing';
import { claimTags } from '../src/page-copies.js';

const KEY = Symbol.for('welcome-widgets.autoloader');
const registry = globalThis as Record<symbol, unknown>;

/** Runs `claim` and returns what it claimed and the console warnings it caused. */
function watching(claim: () => string[]): { mine: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { mine: claim(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('claimTags: which copy of the autoloader serves which tag', () => {
  beforeEach(() => delete registry[KEY]);

  it('the first copy takes every tag it knows; the same version again takes none, silently', () => {
    expect(watching(() => claimTags('1.0.0', ['welcome-a', 'welcome-b']))).to.deep.equal({
      mine: ['welcome-a', 'welcome-b'],
      warnings: [],
    });
    expect(watching(() => claimTags('1.0.0', ['welcome-a', 'welcome-b']))).to.deep.equal({ mine: [], warnings: [] });
  });

  it('another version adds only the tags no earlier copy knows, and warns once naming both versions', () => {
    claimTags('1.0.0', ['welcome-a', 'welcome-b']);
    const { mine, warnings } = watching(() => claimTags('2.0.0', ['welcome-a', 'welcome-b', 'welcome-c']));
    expect(mine).to.deep.equal(['welcome-c']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1.0.0').and.contain('2.0.0').and.contain('<welcome-a>, <welcome-b>');
    expect(warnings[0]).to.contain('adds only <welcome-c>');
    // A third copy of the first version: its tags are all served already, welcome-c by 2.0.0.
    const third = watching(() => claimTags('1.0.0', ['welcome-a', 'welcome-b', 'welcome-c']));
    expect(third.mine).to.deep.equal([]);
    expect(third.warnings).to.have.length(1);
    expect(third.warnings[0]).to.contain('version 2.0.0 is already on this page and keeps <welcome-c>');
  });

  it('a copy from before the per-tag record keeps every tag', () => {
    registry[KEY] = { version: '0.1.0' };
    const { mine, warnings } = watching(() => claimTags('0.2.0', ['welcome-a']));
    expect(mine).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.1.0').and.contain('0.2.0').and.contain('adds nothing');
  });
});
