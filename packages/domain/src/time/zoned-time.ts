/**
 * Wall-clock time in a named zone (the consultants sit in Europe/Berlin) to UTC instants and
 * back, with Intl only: no time-zone library, no reliance on the server's own zone.
 */
export const BERLIN = 'Europe/Berlin';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for IANA names Intl knows (`Asia/Kolkata`, `UTC`); false for anything else. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour') % 24,
    minute: value('minute'),
    second: value('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds (Berlin: 1 h or 2 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const w = wallClockAt(whole, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

/**
 * The UTC instant at which the zone's clocks show `date` (YYYY-MM-DD) and `time` (HH:MM).
 * Undefined for a time that does not exist (the hour skipped when clocks go forward); a time
 * that exists twice (clocks go back) resolves to its first occurrence.
 */
export function zonedToUtc(date: string, time: string, timeZone: string = BERLIN): Date | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // A zone has at most one change within a day around any wall-clock time: the offsets a day
  // before and a day after are the only candidates; keep those that give the wall clock back.
  const candidates = new Set([DAY_MS, -DAY_MS].map((shift) => asUtc - zoneOffsetMs(asUtc + shift, timeZone)));
  const matching = [...candidates].filter((instant) => asUtc - instant === zoneOffsetMs(instant, timeZone));
  if (matching.length === 0) return undefined;
  return new Date(Math.min(...matching));
}

/** The calendar date (YYYY-MM-DD) in the zone at an instant. */
export function zonedDate(instant: Date, timeZone: string = BERLIN): string {
  const w = wallClockAt(instant.getTime(), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The wall-clock time (HH:MM) in the zone at an instant. */
export function zonedTime(instant: Date, timeZone: string = BERLIN): string {
  const w = wallClockAt(instant.getTime(), timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Calendar arithmetic on YYYY-MM-DD strings (no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Minutes since midnight of an HH:MM string, and back. */
export function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}
export function timeOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as it travels on the wire: ISO 8601 UTC without milliseconds, e.g. 2026-03-31T07:00:00Z. */
export function isoInstant(instant: Date | number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const minutes = (count: number) => count * MINUTE_MS;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
