import type { SupportedLocale } from '@welcome-widgets/domain';

/**
 * Each language in its own name, so a person finds theirs whatever the page's language.
 * Intl.DisplayNames gives the same, but not for every locale on every phone.
 */
const ENDONYMS: Record<SupportedLocale, string> = {
  de: 'Deutsch',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ar: 'العربية',
  es: 'Español',
  vi: 'Tiếng Việt',
};

export function languageName(locale: SupportedLocale): string {
  return ENDONYMS[locale];
}
