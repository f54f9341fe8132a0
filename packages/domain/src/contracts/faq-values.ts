// The FAQ contracts' plain values, without zod: the widget imports these, and a module that
// builds zod schemas would bring zod into its bundle (ADR 0019).

export const FAQ_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FAQ_TITLE_MIN_LENGTH = 3;
export const FAQ_TITLE_MAX_LENGTH = 300;
export const FAQ_BODY_MAX_LENGTH = 20_000;
export const FAQ_CATEGORY_TITLE_MAX_LENGTH = 120;
export const FAQ_SYNONYM_MAX_LENGTH = 80;
export const FAQ_ID_MAX_LENGTH = 64;
/** The longest zero-result query stored, after `normaliseFaqQuery`. */
export const FAQ_ZERO_RESULT_QUERY_MAX_LENGTH = 80;

export const FAQ_TEXT_STATUSES = ['current', 'outdated', 'missing'] as const;
/**
 * `current`: German, or a translation saved at or after the German text's last change; `outdated`:
 * a translation older than the German text; `missing`: no translation (the public FAQ shows German).
 */
export type FaqTextStatus = (typeof FAQ_TEXT_STATUSES)[number];

/**
 * The form a zero-result query is counted in, the same in the widget and on the server: Unicode
 * NFKC, lower case, white space collapsed, trimmed, at most 80 UTF-16 units (cut between code
 * points, at a word boundary when there is one). Keeps the list short and groups what differs only in typing.
 */
export function normaliseFaqQuery(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (normal.length <= FAQ_ZERO_RESULT_QUERY_MAX_LENGTH) return normal;
  // Cut by code point (never half an emoji), counting UTF-16 units as the length check does.
  let cut = '';
  for (const point of normal) {
    if (cut.length + point.length > FAQ_ZERO_RESULT_QUERY_MAX_LENGTH) break;
    cut += point;
  }
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut).trim();
}
