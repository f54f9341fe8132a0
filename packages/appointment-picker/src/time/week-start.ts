interface WeekInfo {
  firstDay: number;
}

/** The first day of the week in a locale (1 = Monday … 7 = Sunday), from CLDR via Intl.Locale. */
export function firstDayOfWeek(locale: string): number {
  try {
    const tagged = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = tagged.getWeekInfo?.() ?? tagged.weekInfo;
    if (info?.firstDay) return info.firstDay;
  } catch {
    // Browsers without week data fall through to the table below.
  }
  return FALLBACK[locale] ?? 1;
}

/** CLDR's answer for our languages' main regions, for engines without Intl.Locale week info. */
const FALLBACK: Record<string, number> = { de: 1, en: 7, uk: 1, ru: 1, ar: 6, es: 1, vi: 1 };
