export {
  AppointmentContent,
  ContentAbsence,
  ContentClosingDayRule,
  ContentConsultantRule,
  ContentTopicRule,
  ContentWeeklyRule,
  weekdayNumber,
  type ContentClosingDay,
  type ContentConsultant,
  type ContentTopic,
} from './appointment-content.js';
export { consultantSlots, topicSlots, type SlotRange } from './content-slots.js';
export { easterSunday, isSaxonHoliday, repentanceDay, saxonHolidays } from './holidays.js';
export {
  ICS_PRODID,
  buildIcs,
  buildIcsFeed,
  escapeText,
  foldLine,
  icsUtc,
  type IcsEvent,
  type IcsMethod,
  type IcsPerson,
} from './ical.js';
export {
  computeSlots,
  gridTimes,
  occupied,
  type Absence,
  type Horizon,
  type Interval,
  type Slot,
  type SlotInput,
  type WeeklyRule,
} from './slots.js';
