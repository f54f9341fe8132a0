import { BINDING, isSpace, minifyPieces } from './template-text.js';

/**
 * Punctuation that needs no space before it or after it. Kept: a space before `:` or `(`
 * (`a :hover`, `and (min-width…)`) and after `)` (`:host(.x) .y`), which would change the rule.
 */
const NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);
const NO_SPACE_AFTER = new Set(['{', '}', ';', ',', '>', '(', ':']);

/** The end of a quoted string starting at `start`: its content is never changed. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

/**
 * The end of an escape in a template's raw text: `\\` is one CSS backslash and escapes the next
 * character too (`\\2022`, `.a\\ b`); another `\x` is the template's own escape.
 */
function escapeEnd(text: string, start: number): number {
  return text[start + 1] === '\\' ? start + 3 : start + 2;
}

/**
 * Minifies the raw text of a `css` template: comments out (one holding a binding stays),
 * whitespace runs to one space, none where no token needs it (see {@link NO_SPACE_BEFORE}),
 * the last `;` of a block dropped. Strings, escapes and bindings stay as they are.
 */
function minifyCssText(text: string): string {
  let out = '';
  let space = false;
  /** The last token is punctuation that needs no space after it (not an escaped or quoted one). */
  let afterTight = true;
  let afterSemicolon = false;
  const emit = (token: string, tight: boolean) => {
    if (space && !afterTight && !(tight && NO_SPACE_BEFORE.has(token))) out += ' ';
    if (token === '}' && afterSemicolon) out = out.slice(0, -1);
    out += token;
    space = false;
    afterTight = tight && NO_SPACE_AFTER.has(token);
    afterSemicolon = tight && token === ';';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (isSpace(char)) {
      space = true;
      i++;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : close + 2;
      const comment = text.slice(i, end);
      if (comment.includes(BINDING)) emit(comment, false);
      i = end;
    } else if (char === '"' || char === "'") {
      const end = stringEnd(text, i);
      emit(text.slice(i, end), false);
      i = end;
    } else if (char === '\\') {
      const end = escapeEnd(text, i);
      emit(text.slice(i, end), false);
      i = end;
    } else {
      emit(char, true);
      i++;
    }
  }
  return out;
}

/** The literal pieces of a `css` template, minified; `${…}` between them keep their places. */
export function minifyCss(pieces: readonly string[]): string[] {
  return minifyPieces(pieces, minifyCssText);
}
