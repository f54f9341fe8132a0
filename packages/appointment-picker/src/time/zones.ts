/** The consultants' zone: every appointment is also shown in Berlin time. */
export const BERLIN = 'Europe/Berlin';

/** The viewer's IANA zone as the browser reports it; Berlin if it cannot say. */
export function detectTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || BERLIN;
  } catch {
    return BERLIN;
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** All zones the browser knows, for the picker; the viewer's and Berlin first. */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [BERLIN];
  return [...new Set([current, BERLIN, ...all])];
}

/** The calendar day (YYYY-MM-DD) on which an instant falls in a zone. */
export function dayInZone(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "09:00" in the locale's style, in a zone. */
export function timeInZone(instant: Date, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** "Dienstag, 31. März 2026" in a zone. */
export function longDateInZone(instant: Date, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'full' }).format(instant);
}

/** Whether two zones show different wall-clock times at an instant. */
export function differsFromBerlin(zone: string, at: Date): boolean {
  return (
    timeInZone(at, zone, 'en-GB') !== timeInZone(at, BERLIN, 'en-GB') || dayInZone(at, zone) !== dayInZone(at, BERLIN)
  );
}
