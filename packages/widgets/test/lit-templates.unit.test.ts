import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../../scripts/literals/minify-templates-plugin.js';

const minified = (code: string) => minifyTemplates('x.ts', code)?.toString();

describe('finding the lit templates of a module to minify', () => {
  it('minifies css``, html`` and svg`` imported from lit, nested ones too, and nothing else', () => {
    const code = [
      "import { css, html as h, svg } from 'lit';",
      "import { css as other } from './elsewhere.js';",
      'const styles = css`\n  a {\n    b: c;\n  }\n`;',
      'const view = (x: number): unknown => h`\n  <p>\n    ${x > 1 ? h`\n      <b>${x}</b>\n    ` : svg`<g>\n  </g>`}\n  </p>\n`;',
      'const not = other`\n  a {\n    b: c;\n  }\n`;',
      "const text = 'html`\\n  <p>\\n  </p>`';",
    ].join('\n');
    assert.equal(
      minified(code),
      [
        "import { css, html as h, svg } from 'lit';",
        "import { css as other } from './elsewhere.js';",
        'const styles = css`a{b:c}`;',
        'const view = (x: number): unknown => h` <p> ${x > 1 ? h` <b>${x}</b> ` : svg`<g> </g>`} </p> `;',
        'const not = other`\n  a {\n    b: c;\n  }\n`;',
        "const text = 'html`\\n  <p>\\n  </p>`';",
      ].join('\n'),
    );
  });

  it('leaves a module without lit templates untouched', () => {
    assert.equal(minified('const html = (s: TemplateStringsArray) => s;\nhtml`\n  <p>\n  </p>`;'), undefined);
  });

  it('keeps each remaining character’s own place in the source map', () => {
    const code = "import { css } from 'lit';\nconst a = css`\n  a {\n    b: c;\n  }\n`;";
    const s = minifyTemplates('x.ts', code)!;
    const line = s.toString().split('\n')[1]!;
    assert.equal(line, 'const a = css`a{b:c}`;');
    const segment = s
      .generateDecodedMap({ hires: true })
      .mappings[1]!.find(([column]) => column === line.indexOf('b:c'));
    assert.deepEqual(segment?.slice(2, 4), [3, 4], 'the b of `b: c`, line 4 column 5 of the source');
  });
});
