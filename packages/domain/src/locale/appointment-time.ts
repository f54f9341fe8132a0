import { zoneLabel } from './zone-label.js';

/**
 * "Dienstag, 31. März 2026, 12:30–13:15 Uhr, Indische Normalzeit (GMT+5:30)": date, time span and
 * the zone by name, in one locale-formatted line. The widget's confirmation and the mails say the
 * same words, so a person can match them.
 */
export function appointmentTime(start: Date, end: Date, zone: string, locale: string): string {
  const range = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).formatRange(start, end);
  // Arabic separates with its own comma.
  const comma = locale === 'ar' ? '، ' : ', ';
  return `${range}${comma}${zoneLabel(zone, locale, start)}`;
}
