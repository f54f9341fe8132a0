import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';

// Loaded with the zone search. Functions, not constants: msg() must run during render to answer in the widget's language.

/** How many zones a search found, for the combobox's status line. */
export function zonesFoundText(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    zero: () => msg(str`${n} Zeitzonen gefunden`, { id: 'appointments.tz.found.zero' }),
    one: () => msg(str`${n} Zeitzone gefunden`, { id: 'appointments.tz.found.one' }),
    two: () => msg(str`${n} Zeitzonen gefunden`, { id: 'appointments.tz.found.two' }),
    few: () => msg(str`${n} Zeitzonen gefunden`, { id: 'appointments.tz.found.few' }),
    many: () => msg(str`${n} Zeitzonen gefunden`, { id: 'appointments.tz.found.many' }),
    other: () => msg(str`${n} Zeitzonen gefunden`, { id: 'appointments.tz.found.other' }),
  });
}
