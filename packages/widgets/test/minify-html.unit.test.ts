import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyHtml } from '../../../scripts/literals/minify-html.js';

const one = (html: string) => minifyHtml([html])[0];

describe('minifying the raw text of an html`` template', () => {
  it('turns the line breaks and indentation between tags and text into one space', () => {
    const html = `
      <p class="intro">
        Bitte wählen Sie
        <strong>eine</strong>
        Antwort.
      </p>
    `;
    assert.equal(one(html), ' <p class="intro"> Bitte wählen Sie <strong>eine</strong> Antwort. </p> ');
  });

  it('keeps whitespace without a line break, which an author may have meant', () => {
    assert.equal(one('<b>a</b>  <i>b</i>\t<u>c</u>'), '<b>a</b>  <i>b</i>\t<u>c</u>');
  });

  it('leaves attribute values alone and the attributes one space apart', () => {
    const html = `<input
        type="text"
        title="zwei
          Zeilen"
        placeholder='a  b'
      />
      <span
        class="x"
      >y</span>`;
    assert.equal(
      one(html),
      `<input type="text" title="zwei\n          Zeilen" placeholder='a  b' /> <span class="x">y</span>`,
    );
  });

  it('leaves the content of pre and textarea as written', () => {
    const html = `<div>
        <pre>
  eins
    zwei
</pre>
        <textarea
          rows="3">
  Text
</textarea>
      </div>`;
    assert.equal(one(html), `<div> <pre>\n  eins\n    zwei\n</pre> <textarea rows="3">\n  Text\n</textarea> </div>`);
  });

  it('keeps every binding in its place, with the space beside it', () => {
    const pieces = [
      '\n  <label for=',
      '>\n    ',
      '\n  </label>\n  <input\n    .value=',
      '\n    ?required=',
      '\n  />\n  ',
      '\n',
    ];
    assert.deepEqual(minifyHtml(pieces), [
      ' <label for=',
      '> ',
      ' </label> <input .value=',
      ' ?required=',
      ' /> ',
      ' ',
    ]);
  });

  it('leaves comments and text that only looks like a tag', () => {
    assert.equal(one('<!--\n  kept\n-->\n<p>a\n< b, "c\n  d"</p>'), '<!--\n  kept\n--> <p>a < b, "c d"</p>');
  });
});
