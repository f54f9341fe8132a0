import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import type { NewsletterAudience, SupportedLocale } from '@welcome-widgets/domain';
import { languageLabel } from '../newsletter-texts.js';

/** "1 Person", "3 Personen", as the console's language counts. */
export function peopleCount(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    one: () => msg(str`${n} Person`, { id: 'admin.newsletter.people.one' }),
    other: () => msg(str`${n} Personen`, { id: 'admin.newsletter.people.other' }),
  });
}

/** The confirming button names how many get it, so the last click says what it does. */
export function sendNowLabel(count: number, locale: SupportedLocale): string {
  const n = formatCount(count, locale);
  return plural(count, locale, {
    one: () => msg(str`Jetzt an ${n} Person senden`, { id: 'admin.newsletter.send.confirm.one' }),
    other: () => msg(str`Jetzt an ${n} Personen senden`, { id: 'admin.newsletter.send.confirm.other' }),
  });
}

/** "Deutsch: 2, Englisch: 1" */
function byLanguage(rows: NewsletterAudience['byLanguage'], locale: SupportedLocale): string {
  return rows.map((row) => `${languageLabel(row.language, locale)}: ${formatCount(row.count, locale)}`).join(', ');
}

/**
 * Who gets an issue, per language, and whom a missing translation leaves out: `now` in the preview,
 * `confirm` before sending, `fixed` for an issue whose audience was fixed when sending began.
 */
export function audienceText(
  audience: NewsletterAudience,
  locale: SupportedLocale,
  when: 'now' | 'confirm' | 'fixed',
): string {
  const people = peopleCount(audience.recipients, locale);
  const languages = byLanguage(audience.byLanguage, locale);
  let reach: string;
  if (audience.recipients === 0)
    reach =
      when === 'fixed'
        ? msg('Niemand hat diese Ausgabe bekommen.', { id: 'admin.newsletter.audience.none-fixed' })
        : msg('Niemand bekäme diese Ausgabe jetzt: Keine bestätigte Anmeldung passt zu ihren Themen und Sprachen.', {
            id: 'admin.newsletter.audience.none',
          });
  else if (when === 'fixed')
    reach = msg(str`Beim Start des Versands ging sie an ${people} (${languages}).`, {
      id: 'admin.newsletter.audience.fixed',
    });
  else if (when === 'confirm')
    reach = msg(str`Sie geht an ${people} (${languages}), jede Person bekommt sie einmal.`, {
      id: 'admin.newsletter.audience.confirm',
    });
  else reach = msg(str`Jetzt bekämen sie ${people} (${languages}).`, { id: 'admin.newsletter.audience.now' });
  if (audience.withoutText.length === 0) return reach;
  const left = byLanguage(audience.withoutText, locale);
  return `${reach} ${msg(str`Ohne Text in ihrer Sprache bekommen sie nicht: ${left}.`, {
    id: 'admin.newsletter.audience.without-text',
  })}`;
}
