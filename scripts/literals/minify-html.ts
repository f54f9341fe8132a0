import { BINDING, isSpace, minifyPieces } from './template-text.js';

/** Elements whose content is kept byte for byte: whitespace is content there, or not HTML at all. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style', 'title', 'listing', 'xmp', 'plaintext']);

function spaceEnd(text: string, start: number): number {
  let i = start;
  while (isSpace(text[i])) i++;
  return i;
}

function isTagStart(text: string, i: number): boolean {
  const next = text[i + 1] === '/' ? text[i + 2] : text[i + 1];
  return next !== undefined && (/[a-zA-Z]/.test(next) || next === BINDING);
}

/**
 * Minifies the raw text of an `html` or `svg` template where rendering can not tell: a run of
 * whitespace holding a line break becomes one space (outside `white-space: pre*`, a line break
 * between words, tags or bindings renders as a space, and the text node stays for `:empty` and
 * slots); inside a tag one space between attributes, none before `>`. Left as written: runs
 * without a line break, attribute values, comments, the content of `<pre>`, `<textarea>` and the
 * like, and the bindings. An element styled `white-space: pre*` must not take its line breaks
 * from the template's formatting (none does; docs/adr/0019-lighter-and-faster.md).
 */
function minifyHtmlText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close === -1 ? text.length : close + 3;
      out += text.slice(i, end);
      i = end;
    } else if (char === '<' && isTagStart(text, i)) {
      i = copyTag(text, i, (piece) => (out += piece));
    } else if (isSpace(char)) {
      const end = spaceEnd(text, i);
      const run = text.slice(i, end);
      out += run.includes('\n') ? ' ' : run;
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** Copies the tag starting at `start` (and a verbatim element's content), minified; returns where it ends. */
function copyTag(text: string, start: number, write: (piece: string) => void): number {
  const closing = text[start + 1] === '/';
  const nameStart = start + (closing ? 2 : 1);
  let i = nameStart;
  while (i < text.length && /[a-zA-Z0-9-]/.test(text[i]!)) i++;
  const name = text.slice(nameStart, i).toLowerCase();
  write(text.slice(start, i));
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, i + 1);
      const end = close === -1 ? text.length : close + 1;
      write(text.slice(i, end));
      i = end;
    } else if (isSpace(char)) {
      const end = spaceEnd(text, i);
      const run = text.slice(i, end);
      write(!run.includes('\n') ? run : text[end] === '>' ? '' : ' ');
      i = end;
    } else if (char === '>') {
      write('>');
      i++;
      if (closing || !VERBATIM.has(name)) return i;
      const close = text.toLowerCase().indexOf(`</${name}`, i);
      const end = close === -1 ? text.length : close;
      write(text.slice(i, end));
      return end;
    } else {
      write(char);
      i++;
    }
  }
  return i;
}

/** The literal pieces of an `html` or `svg` template, minified; `${…}` between them keep their places. */
export function minifyHtml(pieces: readonly string[]): string[] {
  return minifyPieces(pieces, minifyHtmlText);
}
