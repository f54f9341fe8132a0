import {
  FALLBACK_LOCALE,
  RTL_LOCALES,
  SOURCE_LOCALE,
  isSupportedLocale,
  type SupportedLocale,
} from '../contracts/locales.js';

/**
 * Maps a BCP 47 tag to a supported locale: `de-AT` → `de`; an unknown language → English;
 * no language at all → German, the county's own language.
 */
export function toSupportedLocale(tag: string | null | undefined): SupportedLocale {
  const trimmed = tag?.trim();
  if (!trimmed) return SOURCE_LOCALE;
  const language = trimmed.toLowerCase().split(/[-_]/)[0];
  return isSupportedLocale(language) ? language : FALLBACK_LOCALE;
}

export function textDirection(locale: SupportedLocale): 'rtl' | 'ltr' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
