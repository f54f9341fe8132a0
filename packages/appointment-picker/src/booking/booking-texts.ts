import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type FieldErrorCode, type SupportedLocale } from '@welcome-widgets/domain';
import type { BookingField } from '../booking-form.js';

// The booking form's texts, loaded with it.
// Functions, not constants: msg() must run during render to answer in the widget's language.

/** What a field error needs to name numbers: the server's limit per address, in the widget's language. */
export interface FieldErrorContext {
  maxOpenPerAddress: number;
  locale: SupportedLocale;
}

export function bookingFieldError(
  field: BookingField,
  code: FieldErrorCode | string,
  limits: FieldErrorContext,
): string {
  switch (field) {
    case 'name':
      if (code === 'too_long') {
        return msg('Der Name ist zu lang (höchstens 200 Zeichen).', { id: 'appointments.error.name-long' });
      }
      // Pasted text brings them along unseen: say so, and how to get rid of them (retyping does).
      if (code === 'control_characters') {
        return msg(
          'Der Name enthält unsichtbare Zeichen, etwa einen mitkopierten Zeilenumbruch. Bitte löschen Sie den Namen und tippen Sie ihn neu ein.',
          { id: 'appointments.error.name-control' },
        );
      }
      return msg('Bitte geben Sie Ihren Namen ein.', { id: 'appointments.error.name' });
    case 'email':
      if (code === 'too_many_open') return tooManyOpenText(limits.maxOpenPerAddress, limits.locale);
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
      return code === 'control_characters'
        ? msg(
            'Die Nachricht enthält unsichtbare Zeichen, die wir nicht speichern können, oft aus kopiertem Text. Zeilenumbrüche sind erlaubt. Bitte tippen Sie eingefügte Stellen neu ein.',
            { id: 'appointments.error.message-control' },
          )
        : msg('Die Nachricht ist zu lang (höchstens 2000 Zeichen).', { id: 'appointments.error.message' });
    case 'consent':
      return msg('Bitte stimmen Sie zu, damit wir den Termin für Sie eintragen dürfen.', {
        id: 'appointments.error.consent',
      });
  }
}

/** The consent, with the deletion period the server actually applies. */
export function consentText(retentionDays: number, locale: SupportedLocale): string {
  const days = formatCount(retentionDays, locale);
  const purpose = msg(
    'Ich bin einverstanden, dass der Landkreis meinen Namen, meine E-Mail-Adresse, die Sprache und meine Frage speichert, um den Termin durchzuführen.',
    { id: 'appointments.consent.purpose' },
  );
  const deletion = plural(retentionDays, locale, {
    zero: () =>
      msg(str`${days} Tage nach dem Termin werden die Angaben gelöscht.`, { id: 'appointments.consent.deletion.zero' }),
    one: () =>
      msg(str`${days} Tag nach dem Termin werden die Angaben gelöscht.`, { id: 'appointments.consent.deletion.one' }),
    two: () =>
      msg(str`${days} Tage nach dem Termin werden die Angaben gelöscht.`, { id: 'appointments.consent.deletion.two' }),
    few: () =>
      msg(str`${days} Tage nach dem Termin werden die Angaben gelöscht.`, { id: 'appointments.consent.deletion.few' }),
    many: () =>
      msg(str`${days} Tage nach dem Termin werden die Angaben gelöscht.`, { id: 'appointments.consent.deletion.many' }),
    other: () =>
      msg(str`${days} Tage nach dem Termin werden die Angaben gelöscht.`, {
        id: 'appointments.consent.deletion.other',
      }),
  });
  return `${purpose} ${deletion}`;
}

/** Under the e-mail field when the address has the maximum of open bookings (422 `too_many_open`). */
export function tooManyOpenText(max: number, locale: SupportedLocale): string {
  const n = formatCount(max, locale);
  return plural(max, locale, {
    zero: () =>
      msg(
        str`Für diese Adresse sind schon ${n} Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.zero' },
      ),
    one: () =>
      msg(
        str`Für diese Adresse ist schon ${n} Termin offen. Bitte sagen Sie ihn ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.one' },
      ),
    two: () =>
      msg(
        str`Für diese Adresse sind schon ${n} Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.two' },
      ),
    few: () =>
      msg(
        str`Für diese Adresse sind schon ${n} Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.few' },
      ),
    many: () =>
      msg(
        str`Für diese Adresse sind schon ${n} Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.many' },
      ),
    other: () =>
      msg(
        str`Für diese Adresse sind schon ${n} Termine offen. Bitte sagen Sie einen ab, bevor Sie einen weiteren buchen.`,
        { id: 'appointments.error.too-many-open.other' },
      ),
  });
}
