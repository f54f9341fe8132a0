import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`./fixtures/framework-types/${name}`, import.meta.url), 'utf8');

/** Wrong values a partner might write; each line they land on must get a type error, and no other line. */
const MISTAKES: [string, string][] = [
  ['audience="employer"', 'audience="robot"'],
  ['variant="line"', 'variant="pie"'],
  ['.detail.pathways', '.detail.pathway'],
];

function withMistakes(text: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const changed = text.split('\n').map((line, index) => {
    const wrong = MISTAKES.reduce((result, [right, mistake]) => result.replaceAll(right, mistake), line);
    if (wrong !== line) lines.push(index + 1);
    return wrong;
  });
  return { text: changed.join('\n'), lines };
}

/**
 * Type-checks one file as a partner's project would: its own folder and tsconfig, the packages
 * from this repository's node_modules, the bindings imported by the file. Returns the lines with errors.
 */
function typeCheck(
  compiler: 'typescript/bin/tsc' | 'vue-tsc/bin/vue-tsc.js',
  file: string,
  text: string,
  options: Record<string, unknown>,
): { status: number | null; errorLines: number[]; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-types-'));
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, file), text);
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      // The workspace's packages as sources (their dist/ is built only for npm): these use Lit's legacy decorators.
      customConditions: ['@welcome-widgets/source'],
      experimentalDecorators: true,
      useDefineForClassFields: false,
      ...options,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [file] }));
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', compiler), '-p', dir, '--pretty', 'false'], {
      encoding: 'utf8',
      cwd: dir,
    });
    const output = result.stdout + result.stderr;
    const errorLines = [...output.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error`, 'g'))].map(
      (match) => Number(match[1]),
    );
    return { status: result.status, errorLines: [...new Set(errorLines)].sort((a, b) => a - b), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('types generated from the manifest catch wrong attributes and event details in TSX and Vue templates', () => {
  it('TSX (React 19): the plain tags and the @lit/react components', () => {
    const text = fixture('react-page.tsx');
    const options = { jsx: 'react-jsx', types: [] };
    const right = typeCheck('typescript/bin/tsc', 'page.tsx', text, options);
    assert.equal(right.status, 0, right.output);

    const wrong = withMistakes(text);
    const checked = typeCheck('typescript/bin/tsc', 'page.tsx', wrong.text, options);
    assert.notEqual(checked.status, 0);
    assert.deepEqual(checked.errorLines, wrong.lines, checked.output);
    assert.match(checked.output, /"robot"/);
  });

  it('Vue templates (vue-tsc)', () => {
    const text = fixture('VuePage.vue');
    const options = { types: [] };
    const right = typeCheck('vue-tsc/bin/vue-tsc.js', 'Page.vue', text, options);
    assert.equal(right.status, 0, right.output);

    const wrong = withMistakes(text);
    const checked = typeCheck('vue-tsc/bin/vue-tsc.js', 'Page.vue', wrong.text, options);
    assert.notEqual(checked.status, 0);
    assert.deepEqual(checked.errorLines, wrong.lines, checked.output);
    assert.match(checked.output, /"robot"/);
  });
});
