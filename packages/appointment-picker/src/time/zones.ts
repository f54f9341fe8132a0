import { BERLIN, zonedDate } from '@welcome-widgets/domain/time';

// The consultants' zone (every appointment is also shown in Berlin time) and zone checks are the server's own.
export { BERLIN, isValidTimeZone } from '@welcome-widgets/domain/time';

/** The viewer's IANA zone as the browser reports it; Berlin if it cannot say. */
export function detectTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || BERLIN;
  } catch {
    return BERLIN;
  }
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
    timeInZone(at, zone, 'en-GB') !== timeInZone(at, BERLIN, 'en-GB') || zonedDate(at, zone) !== zonedDate(at, BERLIN)
  );
}
