import { addDays, isoWeekday } from '../time/zoned-time.js';

/** Easter Sunday (YYYY-MM-DD) in the Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Buß- und Bettag: the last Wednesday before 23 November (16 to 22 November). */
export function repentanceDay(year: number): string {
  const the22nd = `${year}-11-22`;
  // ISO weekday 3 is Wednesday; step back from the 22nd to it.
  return addDays(the22nd, -((isoWeekday(the22nd) - 3 + 7) % 7));
}

/** The public holidays of Saxony in a year: date → German name. */
export function saxonHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const entries: Array<[string, string]> = [
    [`${year}-01-01`, 'Neujahr'],
    [addDays(easter, -2), 'Karfreitag'],
    [addDays(easter, 1), 'Ostermontag'],
    [`${year}-05-01`, 'Tag der Arbeit'],
    [addDays(easter, 39), 'Christi Himmelfahrt'],
    [addDays(easter, 50), 'Pfingstmontag'],
    [`${year}-10-03`, 'Tag der Deutschen Einheit'],
    [`${year}-10-31`, 'Reformationstag'],
    [repentanceDay(year), 'Buß- und Bettag'],
    [`${year}-12-25`, '1. Weihnachtsfeiertag'],
    [`${year}-12-26`, '2. Weihnachtsfeiertag'],
  ];
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

const cache = new Map<number, Map<string, string>>();

/** Whether a date (YYYY-MM-DD) is a public holiday in Saxony. */
export function isSaxonHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = saxonHolidays(year);
    cache.set(year, holidays);
  }
  return holidays.has(date);
}
