type ZoneNameStyle = 'longGeneric' | 'long' | 'longOffset' | 'shortOffset';

/**
 * A time zone named for a reader, e.g. "Indische Normalzeit (GMT+5:30)": people abroad know their
 * zone by name and offset, not by its IANA id (Chromium even reports India as "Asia/Calcutta").
 * The offset is the one in force at `at`, so summer and winter time read correctly. A zone
 * without a name of its own (UTC, Etc/GMT-3) is named by its offset alone.
 */
export function zoneLabel(zone: string, locale: string, at: Date = new Date()): string {
  const name = (style: ZoneNameStyle) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name('shortOffset') ?? zone;
  const asOffset = name('longOffset');
  // "Koordinierte Weltzeit" has only a specific name; most zones have a generic one.
  const long = [name('longGeneric'), name('long')].find((candidate) => candidate && candidate !== asOffset);
  return long ? `${long} (${offset})` : offset;
}
