/** A tick on the time axis: the first day of a month (ISO date) and whether it marks a whole year. */
export interface TimeTick {
  date: string;
  yearOnly: boolean;
}

/** Steps in months, each a nice number of months or years. */
const STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600];

/**
 * Candidate tick sets for [first, last], finest first: every step's ticks fall on even calendar
 * boundaries (years divisible by 2, 5 or 10; months 1, 4, 7, 10 for quarters), so labels stand
 * at equal distances. The chart takes the finest set whose labels fit.
 */
export function timeTickCandidates(first: string, last: string): TimeTick[][] {
  const [start, end] = [monthIndex(first), monthIndex(last)];
  const candidates: TimeTick[][] = [];
  for (const step of STEPS) {
    const ticks: TimeTick[] = [];
    // A tick is the first day of a month: the first one after (or on) the first date.
    const firstDay = first.endsWith('-01') ? start : start + 1;
    for (let m = Math.ceil(firstDay / step) * step; m <= end; m += step) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      ticks.push({
        date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`,
        yearOnly: step >= 12,
      });
    }
    candidates.push(ticks);
    if (ticks.length <= 2) break;
  }
  return candidates;
}

/** Months since year 0 of an ISO date's month (January 2020 → 2020 × 12). */
function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}
