/** The languages every widget, mail and content item supports. German is the source and fallback for content. */
export const SUPPORTED_LOCALES = ['de', 'en', 'uk', 'ru', 'ar', 'es', 'vi'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const SOURCE_LOCALE: SupportedLocale = 'de';
/** Unknown languages fall back to English: a visitor who reads neither is likelier to read English than German. */
export const FALLBACK_LOCALE: SupportedLocale = 'en';

export const RTL_LOCALES: readonly SupportedLocale[] = ['ar'];

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
