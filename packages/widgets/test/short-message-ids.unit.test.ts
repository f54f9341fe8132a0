import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { msgIds, templateKeys } from '../../../scripts/literals/message-ids.js';
import { shortenIds } from '../../../scripts/literals/short-message-ids-plugin.js';
import { shortName, ShortIds } from '../../../scripts/literals/short-ids.js';

const SOURCE = [
  "import { msg as m, str } from '@lit/localize';",
  "export const title = () => m('Schnellcheck', { id: 'quickcheck.title' });",
  'export const years = (n: number) => m(str`${n} Jahre`, { desc: "years", id: "quickcheck.years" });',
  "export const fresh = () => m('Neu', { id: 'quickcheck.not-yet-translated' });",
  "export const other = (msg: (s: string, o: object) => string) => msg('x', { id: 'not.lit' });",
].join('\n');

const LOCALE = [
  "import {str} from '@lit/localize';",
  'export const templates = {',
  "  'quickcheck.title': `Quick check`,",
  "  'quickcheck.years': str`${0} years`,",
  '};',
].join('\n');

const TRANSLATED = ['quickcheck.years', 'faq.heading', 'quickcheck.title', 'faq.heading'];

describe('short message ids', () => {
  it('names the translated ids in order: a…z, then a0…zz, then a00…', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 61, 961, 962].map(shortName), ['a', 'b', 'z', 'a0', 'a1', 'az', 'zz', 'a00']);
    const names = new Set(Array.from({ length: 30000 }, (_, i) => shortName(i)));
    assert.equal(names.size, 30000);
  });

  it('gives a message the same short id in the source module and in a language module', () => {
    const source = shortenIds(SOURCE, msgIds('a.ts', SOURCE), new ShortIds(TRANSLATED))?.toString() ?? '';
    // Another order of the same ids: the table does not depend on which module comes first.
    const locale = shortenIds(LOCALE, templateKeys('ar.ts', LOCALE), new ShortIds(TRANSLATED.toReversed()));
    // faq.heading is a, quickcheck.title b, quickcheck.years c.
    assert.ok(source.includes("m('Schnellcheck', { id: 'b' })"), source);
    assert.ok(source.includes(`{ desc: "years", id: 'c' }`), source);
    assert.ok(source.includes("id: 'quickcheck.not-yet-translated'"), 'an id without translations keeps its own');
    assert.ok(source.includes("id: 'not.lit'"), 'a function that is not lit’s msg keeps its argument');
    assert.equal(locale?.toString(), LOCALE.replace("'quickcheck.title'", "'b'").replace("'quickcheck.years'", "'c'"));
  });

  it('fails the build on a msg() whose id is not written out', () => {
    const code = "import { msg } from '@lit/localize';\nconst key = 'a';\nmsg('x');\nmsg('y', { id: key });";
    assert.throws(() => msgIds('b.ts', code), /b\.ts:3: msg\(\) without a written-out/);
    assert.throws(() => msgIds('b.ts', code.replace("msg('x');\n", '')), /b\.ts:3: msg\(\) without a written-out/);
  });

  it('fails the build on an untranslated id that is another message’s short id', () => {
    assert.throws(() => new ShortIds(TRANSLATED).for('b'), /also a short id of another message/);
  });
});
