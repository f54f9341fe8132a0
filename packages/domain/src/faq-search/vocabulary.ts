/** The terms of an index, sorted, for exact, prefix and typo-tolerant look-ups. */
export class Vocabulary {
  private readonly terms: string[];
  private readonly known: ReadonlySet<string>;

  constructor(terms: Iterable<string>) {
    this.known = new Set(terms);
    this.terms = [...this.known].sort();
  }

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** Terms that start with `prefix` and are longer than it. */
  extending(prefix: string): string[] {
    const out: string[] = [];
    for (let i = this.firstAtLeast(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++)
      if (this.terms[i] !== prefix) out.push(this.terms[i]!);
    return out;
  }

  /** Whether the term is known or begins a known term. */
  begins(prefix: string): boolean {
    return this.terms[this.firstAtLeast(prefix)]?.startsWith(prefix) ?? false;
  }

  /** Terms within `maxEdits` edits (an adjacent swap counts as one), with their distance; not the term itself. */
  near(term: string, maxEdits: number): Array<[string, number]> {
    if (maxEdits <= 0) return [];
    const out: Array<[string, number]> = [];
    for (const candidate of this.terms) {
      if (Math.abs(candidate.length - term.length) > maxEdits || candidate === term) continue;
      const distance = editDistance(term, candidate, maxEdits);
      if (distance <= maxEdits) out.push([candidate, distance]);
    }
    return out;
  }

  toJSON(): string[] {
    return this.terms;
  }

  private firstAtLeast(value: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.terms[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Rows reused between calls: typing runs this over the whole vocabulary on every keystroke. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past `limit`:
 * "gehlat" is one edit from "gehalt", as a person would count it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (rows[0].length <= b.length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
