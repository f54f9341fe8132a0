/**
 * Numbers as people type them in their locale: "52.000" in German, "52,000" in English,
 * "52 000" in Russian. Reads digits of other scripts (Arabic-Indic) too.
 */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let normalized = toAsciiDigits(text)
    .trim()
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(/\u066c/g, ''); // Arabic thousands separator
  if (normalized === '') return undefined;
  if (group.trim() !== '') normalized = normalized.split(group).join('');
  normalized = normalized.replace(decimal, '.').replace('\u066b', '.');
  // A lone "," or "." followed by exactly three digits was meant as a thousands separator.
  if (/^\d{1,3}([.,]\d{3})+$/.test(normalized)) normalized = normalized.replace(/[.,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(normalized)) return undefined;
  return Number(normalized);
}

export function formatLocaleNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}
