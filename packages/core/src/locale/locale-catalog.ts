import type { LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, type SupportedLocale } from '../contracts/locales.js';

type Templates = LocaleModule['templates'];

// A static map of imports: bundlers split one chunk per language, and only the languages
// actually shown on a page are downloaded.
const loaders: Record<Exclude<SupportedLocale, 'de'>, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
  uk: () => import('../generated/locales/uk.js'),
  ru: () => import('../generated/locales/ru.js'),
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  vi: () => import('../generated/locales/vi.js'),
};

const loaded = new Map<SupportedLocale, Templates | undefined>([[SOURCE_LOCALE, undefined]]);
const pending = new Map<SupportedLocale, Promise<void>>();

/** Loads a locale's translations once per page; resolves when {@link templatesFor} can serve them. */
export function loadLocale(locale: SupportedLocale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<SupportedLocale, 'de'>]().then(
      (module) => {
        loaded.set(locale, module.templates);
      },
      () => {
        // A chunk that fails to load (e.g. offline) leaves the German source texts: readable for
        // the county's staff, and the next attempt loads again.
        pending.delete(locale);
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

export function isLocaleLoaded(locale: SupportedLocale): boolean {
  return loaded.has(locale);
}

export function templatesFor(locale: SupportedLocale): Templates | undefined {
  return loaded.get(locale);
}
