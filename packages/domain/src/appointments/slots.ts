import { addDays, isoWeekday, minutes, minutesOf, timeOf, zonedDate, zonedToUtc } from '../time/zoned-time.js';

/** A weekly opening window in the consultant's wall-clock time: ISO weekday (1 = Monday), HH:MM to HH:MM. */
export interface WeeklyRule {
  weekday: number;
  from: string;
  to: string;
}

/** Whole days (YYYY-MM-DD, both inclusive) a consultant is away. */
export interface Absence {
  from: string;
  to: string;
}

/** An occupied span in UTC milliseconds, end exclusive; bookings include their buffer. */
export interface Interval {
  start: number;
  end: number;
}

export interface Horizon {
  minHoursAhead: number;
  maxWeeksAhead: number;
}

export interface SlotInput {
  rules: readonly WeeklyRule[];
  timeZone: string;
  durationMinutes: number;
  bufferMinutes: number;
  isHoliday: (date: string) => boolean;
  absences: readonly Absence[];
  busy: readonly Interval[];
  horizon: Horizon;
  now: Date;
  /** The range asked for, [from, to). */
  from: Date;
  to: Date;
}

export interface Slot {
  start: Date;
  end: Date;
}

/**
 * The grid of one consultant for one topic: slots start at each rule's start and step by the
 * duration plus the buffer, in wall-clock time, and must end by the rule's end.
 */
export function gridTimes(rule: WeeklyRule, durationMinutes: number, bufferMinutes: number): string[] {
  const times: string[] = [];
  const end = minutesOf(rule.to);
  for (let start = minutesOf(rule.from); start + durationMinutes <= end; start += durationMinutes + bufferMinutes) {
    times.push(timeOf(start));
  }
  return times;
}

/** When a booking at `start` keeps its consultant busy: the talk and the buffer after it. */
export function occupied(start: Date, durationMinutes: number, bufferMinutes: number): Interval {
  return { start: start.getTime(), end: start.getTime() + minutes(durationMinutes + bufferMinutes) };
}

/**
 * Free slots of one consultant in [from, to), as UTC instants, ascending. Pure: everything it
 * depends on, the clock included, comes in as input.
 */
export function computeSlots(input: SlotInput): Slot[] {
  const earliest = input.now.getTime() + input.horizon.minHoursAhead * 3_600_000;
  const latest = input.now.getTime() + input.horizon.maxWeeksAhead * 7 * 86_400_000;
  const from = Math.max(input.from.getTime(), earliest);
  const to = Math.min(input.to.getTime(), latest + 1);
  if (from >= to) return [];

  const busy = [...input.busy].sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  // Wall-clock dates in the consultant's zone, one day either side so no edge is missed.
  const lastDate = addDays(zonedDate(new Date(to), input.timeZone), 1);
  for (let date = addDays(zonedDate(new Date(from), input.timeZone), -1); date <= lastDate; date = addDays(date, 1)) {
    if (input.isHoliday(date) || input.absences.some((a) => a.from <= date && date <= a.to)) continue;
    const weekday = isoWeekday(date);
    for (const rule of input.rules) {
      if (rule.weekday !== weekday) continue;
      for (const time of gridTimes(rule, input.durationMinutes, input.bufferMinutes)) {
        const start = zonedToUtc(date, time, input.timeZone);
        if (!start || start.getTime() < from || start.getTime() >= to) continue;
        const span = occupied(start, input.durationMinutes, input.bufferMinutes);
        if (overlapsAny(span, busy)) continue;
        slots.push({ start, end: new Date(start.getTime() + minutes(input.durationMinutes)) });
      }
    }
  }
  return dedupe(slots.sort((a, b) => a.start.getTime() - b.start.getTime()));
}

function overlapsAny(span: Interval, sortedBusy: readonly Interval[]): boolean {
  for (const interval of sortedBusy) {
    if (interval.start >= span.end) return false;
    if (interval.end > span.start) return true;
  }
  return false;
}

/** Two rules of one weekday may overlap; a time is offered once. */
function dedupe(slots: Slot[]): Slot[] {
  return slots.filter((slot, index) => index === 0 || slots[index - 1]!.start.getTime() !== slot.start.getTime());
}
