import { msg } from '@lit/localize';
import type { FieldErrorCode } from '@welcome-widgets/core';
import type { BookingField } from './booking-form.js';

/** Why a request failed when it was not the person's input. */
export type Problem = 'offline' | 'network' | 'server' | 'rate-limited';

// Functions, not constants: msg() must run during render to answer in the widget's language.

export function problemText(problem: Problem): string {
  switch (problem) {
    case 'offline':
      return msg(
        'Sie sind offline. Ihre Angaben bleiben erhalten: Versuchen Sie es, sobald Sie wieder verbunden sind.',
        { id: 'appointments.problem.offline' },
      );
    case 'network':
      return msg('Keine Verbindung zum Server. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.', {
        id: 'appointments.problem.network',
      });
    case 'server':
      return msg(
        'Beim Server ist etwas schiefgegangen. Ihre Angaben bleiben erhalten: Bitte versuchen Sie es erneut.',
        { id: 'appointments.problem.server' },
      );
    case 'rate-limited':
      return msg('Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.', {
        id: 'appointments.problem.rate-limited',
      });
  }
}

export function bookingFieldError(field: BookingField, code: FieldErrorCode | string): string {
  switch (field) {
    case 'name':
      return code === 'too_long'
        ? msg('Der Name ist zu lang (höchstens 200 Zeichen).', { id: 'appointments.error.name-long' })
        : msg('Bitte geben Sie Ihren Namen ein.', { id: 'appointments.error.name' });
    case 'email':
      return code === 'required'
        ? msg('Bitte geben Sie Ihre E-Mail-Adresse ein.', { id: 'appointments.error.email-required' })
        : msg('Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.', {
            id: 'appointments.error.email',
          });
    case 'language':
      return msg('Bitte wählen Sie eine Sprache, die für dieses Thema angeboten wird.', {
        id: 'appointments.error.language',
      });
    case 'message':
      return msg('Die Nachricht ist zu lang (höchstens 2000 Zeichen).', { id: 'appointments.error.message' });
    case 'consent':
      return msg('Bitte stimmen Sie zu, damit wir den Termin für Sie eintragen dürfen.', {
        id: 'appointments.error.consent',
      });
  }
}
