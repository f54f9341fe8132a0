import { RolldownMagicString } from 'rolldown';
import type { SourceMapInput } from 'rolldown';
import { isSpace } from './template-text.js';

/**
 * Writes `after` over `before`, the text at `start`, as small edits: the minifiers only drop
 * characters or write one space for whitespace, so what stays keeps its own place in the source
 * map, not the place of the whole piece. Anything else is written over as one piece.
 */
export function rewrite(s: RolldownMagicString, start: number, before: string, after: string): void {
  let i = 0;
  let j = 0;
  const edits: [number, number, string][] = [];
  while (i < before.length) {
    if (before[i] === after[j]) {
      j++;
    } else if (after[j] === ' ' && isSpace(before[i])) {
      edits.push([i, i + 1, ' ']);
      j++;
    } else {
      const last = edits.at(-1);
      if (last && last[1] === i && last[2] === '') last[1]++;
      else edits.push([i, i + 1, '']);
    }
    i++;
  }
  if (j !== after.length) {
    s.overwrite(start, start + before.length, after);
    return;
  }
  for (const [from, to, text] of edits) {
    if (text) s.overwrite(start + from, start + to, text);
    else s.remove(start + from, start + to);
  }
}

/** A transform's answer: the new code and a character-precise source map to the code it was given. */
export function transformed(s: RolldownMagicString, id: string): { code: string; map: SourceMapInput } {
  return { code: s.toString(), map: s.generateMap({ source: id, hires: true, includeContent: true }).toString() };
}
