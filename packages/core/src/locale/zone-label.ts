/**
 * A time zone named for a reader, e.g. "Indische Normalzeit (GMT+5:30)": people abroad know their
 * zone by name and offset, not by its IANA id (Chromium even reports India as "Asia/Calcutta").
 * The offset is the one in force at `at`, so summer and winter time read correctly.
 */
export function zoneLabel(zone: string, locale: string, at: Date = new Date()): string {
  const name = (style: 'longGeneric' | 'shortOffset') =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  const long = name('longGeneric');
  const offset = name('shortOffset');
  return `${long ?? zone} (${offset ?? zone})`;
}
