import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateKeys } from './message-ids.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The index-th short id: a…z, then a0…zz, then a00…: a letter first, so that the minifier may
 * write it as a bare property name. Numbered, not hashed: a hash spends about 3 bytes after gzip
 * on every id, more than the readable ids cost (their shared prefixes compress), while a number
 * in order of the ids mostly repeats the previous id's first letter.
 */
export function shortName(index: number): string {
  // Skip the names of each shorter length: 26 of one character, 26·36 of two, 26·36² of three, …
  let width = 0;
  for (let count = 26; index >= count; count *= 36) {
    index -= count;
    width++;
  }
  let name = LETTERS[Math.floor(index / 36 ** width)]!;
  for (let i = width - 1; i >= 0; i--) name += DIGITS[Math.floor(index / 36 ** i) % 36];
  return name;
}

/**
 * Short ids for a build: every message id the translations know, sorted, numbered. The same
 * table for the German source modules and every language's module, whichever the bundler
 * reads first. An id no translation has yet (a new message before `locales:build`) keeps its
 * own: every language shows its source text anyway.
 */
export class ShortIds {
  private readonly names: Map<string, string>;
  private readonly taken: Set<string>;

  constructor(ids: Iterable<string>) {
    this.names = new Map([...new Set(ids)].sort().map((id, index) => [id, shortName(index)]));
    this.taken = new Set(this.names.values());
  }

  for(id: string): string {
    const name = this.names.get(id);
    if (name !== undefined) return name;
    if (this.taken.has(id)) throw new Error(`message id '${id}' is also a short id of another message: rename it`);
    return id;
  }
}

/** The ids of every package's translations (packages/<name>/src/generated/locales/<language>.ts). */
export function translatedIds(packagesDir: string): string[] {
  const ids: string[] = [];
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name, 'src/generated/locales');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const path = join(dir, file);
      ids.push(...templateKeys(path, readFileSync(path, 'utf8')).map(({ id }) => id));
    }
  }
  return ids;
}
