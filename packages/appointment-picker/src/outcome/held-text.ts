import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';

// Loaded with the outcomes. Functions, not constants: msg() must run during render to answer in the widget's language.

/**
 * After "Book": where the link went, how long it holds and until when (in the viewer's zone).
 * `address` is wrapped in bidi isolates, so an address reads whole inside Arabic text.
 */
export function heldText(address: string, minutes: number, until: string, locale: SupportedLocale): string {
  const email = `\u2068${address}\u2069`;
  const n = formatCount(minutes, locale);
  return plural(minutes, locale, {
    zero: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minuten (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.zero' },
      ),
    one: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minute (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.one' },
      ),
    two: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minuten (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.two' },
      ),
    few: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minuten (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.few' },
      ),
    many: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minuten (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.many' },
      ),
    other: () =>
      msg(
        str`Wir haben einen Link an ${email} geschickt. Bestätigen Sie den Termin innerhalb von ${n} Minuten (bis ${until} Uhr), sonst wird die Zeit wieder freigegeben.`,
        { id: 'appointments.held.text.other' },
      ),
  });
}
