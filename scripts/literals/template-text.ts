/** Stands for a `${…}` while a template's pieces are minified as one text; no source holds it. */
export const BINDING = '\u0000';

/** Whitespace as HTML and CSS know it: not U+00A0 and its kin, which are content. */
export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

/**
 * Minifies a template's literal pieces as one text, each `${…}` standing in as {@link BINDING},
 * so that a rule sees both sides of a binding. Every binding must survive, in order.
 */
export function minifyPieces(pieces: readonly string[], minify: (text: string) => string): string[] {
  if (pieces.some((piece) => piece.includes(BINDING))) return [...pieces];
  const result = minify(pieces.join(BINDING)).split(BINDING);
  if (result.length !== pieces.length) throw new Error(`minifying lost a binding of: ${pieces.join('${…}')}`);
  return result;
}
