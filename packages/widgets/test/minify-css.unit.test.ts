import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../../scripts/literals/minify-css.js';

const one = (css: string) => minifyCss([css])[0];

describe('minifying the raw text of a css`` template', () => {
  it('drops comments and whitespace no token needs', () => {
    const css = `
      /* The host is a block: widgets sit in any layout. */
      :host {
        display: block;
        margin: 0 auto;
      }

      .a > .b,
      .c   .d {
        color: red !important;
      }
    `;
    assert.equal(one(css), ':host{display:block;margin:0 auto}.a>.b,.c .d{color:red !important}');
  });

  it('keeps the spaces a selector or a media query needs', () => {
    assert.equal(one('a :hover { x: y }'), 'a :hover{x:y}');
    assert.equal(one(':host(.x) .y { x: y }'), ':host(.x) .y{x:y}');
    assert.equal(
      one('@media screen and (min-width: 40em) { a { x: y } }'),
      '@media screen and (min-width:40em){a{x:y}}',
    );
    assert.equal(one('.a { width: calc( 100% - 2em ) }'), '.a{width:calc(100% - 2em)}');
  });

  it('leaves strings and escapes as written', () => {
    assert.equal(
      one(".a::after { content: ' ✓  /* no comment */ ' / ''; }"),
      ".a::after{content:' ✓  /* no comment */ ' / ''}",
    );
    assert.equal(one('.a { content: "\\\\2022 " }'), '.a{content:"\\\\2022 "}');
    assert.equal(one('.a\\\\ b { x: y }'), '.a\\\\ b{x:y}');
  });

  it('keeps every binding in its place, with the space beside it', () => {
    assert.deepEqual(minifyCss(['\n  .a {\n    margin: ', ' ', ';\n  }\n  ', ' {\n    x: y;\n  }\n']), [
      '.a{margin:',
      ' ',
      '}',
      '{x:y}',
    ]);
  });

  it('keeps a comment that holds a binding', () => {
    assert.deepEqual(minifyCss(['a { /* ', ' */ x: y }']), ['a{/* ', ' */ x:y}']);
  });
});
