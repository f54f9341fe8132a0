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

/**
 * The language an element asks for: its own `lang`, else the nearest ancestor's (also across
 * shadow roots, for widgets nested in other components), else the document's.
 */
export function requestedLanguage(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function textDirection(locale: SupportedLocale): 'rtl' | 'ltr' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
