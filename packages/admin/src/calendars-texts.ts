import { msg } from '@lit/localize';
import type { StaffBooking } from '@welcome-widgets/domain';

// The calendar views' words; functions, so msg() answers in the console's language at render time.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function weekdayLabel(day: Weekday): string {
  switch (day) {
    case 'mon':
      return msg('Montag', { id: 'admin.calendar.mon' });
    case 'tue':
      return msg('Dienstag', { id: 'admin.calendar.tue' });
    case 'wed':
      return msg('Mittwoch', { id: 'admin.calendar.wed' });
    case 'thu':
      return msg('Donnerstag', { id: 'admin.calendar.thu' });
    case 'fri':
      return msg('Freitag', { id: 'admin.calendar.fri' });
    case 'sat':
      return msg('Samstag', { id: 'admin.calendar.sat' });
    case 'sun':
      return msg('Sonntag', { id: 'admin.calendar.sun' });
  }
}

export function bookingStatusLabel(status: StaffBooking['status']): string {
  switch (status) {
    case 'booked':
      return msg('gebucht', { id: 'admin.bookings.status-booked' });
    case 'held':
      return msg('vorgemerkt, noch nicht bestätigt', { id: 'admin.bookings.status-held' });
    case 'cancelled':
      return msg('abgesagt', { id: 'admin.bookings.status-cancelled' });
  }
}

/** What a field holds, for its error text: the server names the same codes for all of them. */
export type CalendarFieldKind = 'reason' | 'date' | 'time' | 'range' | 'text' | 'id' | 'timeZone' | 'choice' | 'list';

export function calendarFieldError(kind: CalendarFieldKind, code: string): string {
  if (code === 'control_characters')
    return msg('Dieser Text enthält unsichtbare Steuerzeichen; bitte entfernen Sie sie.', {
      id: 'admin.calendar.error-control',
    });
  switch (kind) {
    case 'reason':
      return code === 'too_long'
        ? msg('Der Grund darf höchstens 1000 Zeichen lang sein.', { id: 'admin.bookings.error-reason-long' })
        : msg('Bitte schreiben Sie den Grund der Absage; die Person liest ihn in der E-Mail.', {
            id: 'admin.bookings.error-reason-required',
          });
    case 'date':
      return code === 'required'
        ? msg('Bitte geben Sie ein Datum ein.', { id: 'admin.calendar.error-date-required' })
        : msg('Bitte geben Sie ein gültiges Datum ein.', { id: 'admin.calendar.error-date' });
    case 'time':
      return msg('Bitte geben Sie eine Uhrzeit zur Viertelstunde ein, zum Beispiel 09:00 oder 13:45.', {
        id: 'admin.calendar.error-time',
      });
    case 'range':
      return msg('Das Ende darf nicht vor dem Anfang liegen.', { id: 'admin.calendar.error-range' });
    case 'text':
      return code === 'required'
        ? msg('Bitte füllen Sie dieses Feld aus.', { id: 'admin.calendar.error-text-required' })
        : msg('Dieser Text ist zu lang oder nicht möglich.', { id: 'admin.calendar.error-text' });
    case 'id':
      return code === 'conflict'
        ? msg('Diese Kennung gibt es schon.', { id: 'admin.calendar.error-id-taken' })
        : msg('Bitte nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer.', {
            id: 'admin.calendar.error-id',
          });
    case 'timeZone':
      return msg('Bitte geben Sie eine Zeitzone wie Europe/Berlin ein.', { id: 'admin.calendar.error-time-zone' });
    case 'choice':
      return msg('Bitte wählen Sie einen der angebotenen Werte.', { id: 'admin.error.choice' });
    case 'list':
      return code === 'required'
        ? msg('Bitte wählen oder nennen Sie mindestens einen Eintrag.', { id: 'admin.calendar.error-list-required' })
        : msg('Ein Eintrag ist nicht möglich oder doppelt.', { id: 'admin.calendar.error-list' });
  }
}
