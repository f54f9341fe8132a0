import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';

// The first view's texts; the booking form's, the outcomes' and the zone search's come with their parts.
// Functions, not constants: msg() must run during render to answer in the widget's language.

/** When the server does not say (older servers): the county's default, as in the README. */
export const DEFAULT_RETENTION_DAYS = 30;
/** When the server does not say: its defaults (APPOINTMENT_HOLD_MINUTES, APPOINTMENT_MAX_OPEN_PER_ADDRESS). */
export const DEFAULT_HOLD_MINUTES = 30;
export const DEFAULT_MAX_OPEN_PER_ADDRESS = 2;

/** "1 freier Termin", "3 freie Termine", "٣ مواعيد متاحة". */
export function freeCountText(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    zero: () => msg(str`${n} freie Termine`, { id: 'appointments.calendar.free.zero' }),
    one: () => msg(str`${n} freier Termin`, { id: 'appointments.calendar.free.one' }),
    two: () => msg(str`${n} freie Termine`, { id: 'appointments.calendar.free.two' }),
    few: () => msg(str`${n} freie Termine`, { id: 'appointments.calendar.free.few' }),
    many: () => msg(str`${n} freie Termine`, { id: 'appointments.calendar.free.many' }),
    other: () => msg(str`${n} freie Termine`, { id: 'appointments.calendar.free.other' }),
  });
}

/** "45 Minuten", "1 минута", "٤٥ دقيقة". */
export function minutesText(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    zero: () => msg(str`${n} Minuten`, { id: 'appointments.minutes.zero' }),
    one: () => msg(str`${n} Minute`, { id: 'appointments.minutes.one' }),
    two: () => msg(str`${n} Minuten`, { id: 'appointments.minutes.two' }),
    few: () => msg(str`${n} Minuten`, { id: 'appointments.minutes.few' }),
    many: () => msg(str`${n} Minuten`, { id: 'appointments.minutes.many' }),
    other: () => msg(str`${n} Minuten`, { id: 'appointments.minutes.other' }),
  });
}
