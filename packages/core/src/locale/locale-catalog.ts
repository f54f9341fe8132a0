import type { LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, type SupportedLocale } from '@welcome-widgets/domain';

type Templates = LocaleModule['templates'];

/**
 * One widget package's translations: a static map of `import()` calls, so bundlers split one chunk
 * per widget and language, and a page downloads only the strings of the widgets and languages it
 * shows. Built from the XLIFF files by `npm run locales:build` (scripts/build-locales.ts).
 */
export type LocaleLoaders = Partial<Record<Exclude<SupportedLocale, 'de'>, () => Promise<LocaleModule>>>;

/** Every loaded package's templates merged per locale: message ids are unique across widgets. */
const merged = new Map<SupportedLocale, Templates>();
const loaded = new WeakMap<LocaleLoaders, Set<SupportedLocale>>();
const pending = new WeakMap<LocaleLoaders, Map<SupportedLocale, Promise<void>>>();

/** Loads a package's translations for a locale once per page; resolves when {@link templatesFor} serves them. */
export function loadLocale(locale: SupportedLocale, loaders: LocaleLoaders): Promise<void> {
  if (isLocaleLoaded(locale, loaders)) return Promise.resolve();
  const waiting = pending.get(loaders) ?? new Map<SupportedLocale, Promise<void>>();
  pending.set(loaders, waiting);
  let promise = waiting.get(locale);
  const load = loaders[locale as Exclude<SupportedLocale, 'de'>];
  // A package without this language (the staff console speaks German and English) stays German.
  if (!load) return Promise.resolve();
  if (!promise) {
    promise = load().then(
      (module) => {
        merged.set(locale, { ...merged.get(locale), ...module.templates });
        const done = loaded.get(loaders) ?? new Set<SupportedLocale>();
        done.add(locale);
        loaded.set(loaders, done);
      },
      () => {
        // A chunk that fails to load (e.g. offline) leaves the German source texts: readable for
        // the county's staff, and the next attempt loads again.
        waiting.delete(locale);
      },
    );
    waiting.set(locale, promise);
  }
  return promise;
}

export function isLocaleLoaded(locale: SupportedLocale, loaders: LocaleLoaders | undefined): boolean {
  return locale === SOURCE_LOCALE || !loaders || (loaded.get(loaders)?.has(locale) ?? false);
}

export function templatesFor(locale: SupportedLocale): Templates | undefined {
  return locale === SOURCE_LOCALE ? undefined : merged.get(locale);
}
