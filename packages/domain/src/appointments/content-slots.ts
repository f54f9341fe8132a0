import {
  weekdayNumber,
  type AppointmentContent,
  type ContentConsultant,
  type ContentTopic,
} from './appointment-content.js';
import { isSaxonHoliday } from './holidays.js';
import { computeSlots, type Interval, type Slot } from './slots.js';

export interface SlotRange {
  /** The range asked for, [from, to). */
  from: Date;
  to: Date;
  now: Date;
}

/** Free slots of one consultant for a topic, by the content's weekly hours, absences, buffer and horizon. */
export function consultantSlots(
  content: AppointmentContent,
  topic: ContentTopic,
  consultant: ContentConsultant,
  range: SlotRange & { busy: readonly Interval[] },
): Slot[] {
  return computeSlots({
    rules: consultant.rules.map((rule) => ({ weekday: weekdayNumber(rule.weekday), from: rule.from, to: rule.to })),
    timeZone: consultant.timeZone,
    durationMinutes: topic.durationMinutes,
    bufferMinutes: content.bufferMinutes,
    isHoliday: (date) => isSaxonHoliday(date) || content.closingDays.some((day) => day.date === date),
    absences: consultant.absences,
    busy: range.busy,
    horizon: content.horizon,
    now: range.now,
    from: range.from,
    to: range.to,
  });
}

/**
 * Free slots of a topic: with several consultants a slot is per consultant and the list merges
 * them, a time offered while at least one of them is free.
 */
export function topicSlots(
  content: AppointmentContent,
  topic: ContentTopic,
  range: SlotRange & { busy: (consultantId: string) => readonly Interval[] },
): Slot[] {
  const all = topic.consultants.flatMap((id) => {
    const consultant = content.consultants.find((candidate) => candidate.id === id);
    return consultant ? consultantSlots(content, topic, consultant, { ...range, busy: range.busy(id) }) : [];
  });
  all.sort((a, b) => a.start.getTime() - b.start.getTime());
  return all.filter((slot, i) => i === 0 || all[i - 1]!.start.getTime() !== slot.start.getTime());
}
