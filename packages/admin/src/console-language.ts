import { STAFF_LANGUAGES, type StaffLanguage } from '@welcome-widgets/domain';

const STORAGE_KEY = 'welcome-admin-language';

/**
 * The console's language: the one chosen with the switch in its header, else the first of the
 * browser's languages the console speaks, else German (the county's working language).
 */
export function consoleLanguage(chosen: string | null, browser: readonly string[]): StaffLanguage {
  if (isStaffLanguage(chosen)) return chosen;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isStaffLanguage(primary)) return primary;
  }
  return 'de';
}

export function isStaffLanguage(value: string | null | undefined): value is StaffLanguage {
  return (STAFF_LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** The switch's choice, kept on this device only (a blocked storage just forgets it). */
export function chosenLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(language: StaffLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage: the choice then lasts until the page is reloaded.
  }
}
