/** Calendar days as ISO dates (YYYY-MM-DD), computed in UTC so that no local zone shifts them. */

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** The same day of another month, clamped to that month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  const wanted = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const length = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(wanted, length));
  return formatDay(date);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function firstOfMonth(day: string): string {
  return `${monthOf(day)}-01`;
}

export function lastOfMonth(day: string): string {
  const date = parseDay(firstOfMonth(day));
  return formatDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  return parseDay(day).getUTCDay() || 7;
}

/** The first day of the week containing `day`, for a locale whose weeks start on `firstDay` (1–7). */
export function startOfWeek(day: string, firstDay: number): string {
  return addDays(day, -((weekday(day) - firstDay + 7) % 7));
}

export function endOfWeek(day: string, firstDay: number): string {
  return addDays(startOfWeek(day, firstDay), 6);
}

/** The weeks shown for a month: whole weeks from the one with the 1st to the one with the last day. */
export function monthWeeks(day: string, firstDay: number): string[][] {
  const weeks: string[][] = [];
  const last = lastOfMonth(day);
  for (let start = startOfWeek(firstOfMonth(day), firstDay); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

/**
 * The day a key moves the focus to in the date grid (WAI-ARIA APG date picker). In right-to-left
 * languages the arrow keys are mirrored: ArrowLeft goes forward in time.
 */
export function dayForKey(
  day: string,
  key: string,
  options: { rtl: boolean; firstDay: number; shift: boolean },
): string | undefined {
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return addDays(day, 1);
    case backward:
      return addDays(day, -1);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'Home':
      return startOfWeek(day, options.firstDay);
    case 'End':
      return endOfWeek(day, options.firstDay);
    case 'PageDown':
      return addMonths(day, options.shift ? 12 : 1);
    case 'PageUp':
      return addMonths(day, options.shift ? -12 : -1);
    default:
      return undefined;
  }
}
