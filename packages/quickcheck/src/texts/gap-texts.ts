import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type QuickcheckNote, type SupportedLocale } from '@welcome-widgets/domain';
import type { NoteFormat } from '../format/note-format.js';

/**
 * Near misses and what the opportunity card still needs: what is missing and by how much.
 * Phrased without "you", so that they read the same to the person and to an employer.
 */
export function gapText(
  note: QuickcheckNote,
  format: NoteFormat,
  locale: SupportedLocale,
  employer: boolean,
): string | undefined {
  const values = note.values ?? {};
  const money = (key: string) => format.money(Number(values[key] ?? 0));
  const text = (key: string) => String(values[key] ?? '');
  switch (note.code) {
    case 'salary-short':
      return msg(str`Gehalt ${money('shortfall')} unter der Grenze von ${money('threshold')} für ${text('year')}.`, {
        id: 'quickcheck.n.salary-short',
      });
    case 'salary-short-shortage':
      return msg(
        str`Gehalt ${money('shortfall')} unter der niedrigeren Grenze für Engpassberufe von ${money('threshold')} für ${text('year')}.`,
        { id: 'quickcheck.n.salary-short-shortage' },
      );
    case 'salary-short-recent-degree':
      return msg(
        str`Gehalt ${money('shortfall')} unter der niedrigeren Grenze für einen frischen Abschluss von ${money('threshold')} für ${text('year')}.`,
        { id: 'quickcheck.n.salary-short-recent-degree' },
      );
    case 'lower-line-would-apply':
      return msg(
        str`In Engpassberufen und mit einem frischen Abschluss gilt die niedrigere Grenze von ${money('threshold')}; dieses Gehalt erreicht sie.`,
        { id: 'quickcheck.n.lower-line-would-apply' },
      );
    case 'or-collective-agreement':
      return employer
        ? msg('Oder: Sie sind an einen Tarifvertrag gebunden; dann gilt keine Gehaltsgrenze.', {
            id: 'quickcheck.n.or-collective-agreement.employer',
          })
        : msg('Oder: Der Arbeitgeber ist an einen Tarifvertrag gebunden; dann gilt keine Gehaltsgrenze.', {
            id: 'quickcheck.n.or-collective-agreement',
          });
    case 'points-short':
      return pointsShort(
        Number(values.missing ?? 0),
        Number(values.points ?? 0),
        Number(values.threshold ?? 0),
        locale,
      );
    case 'card-qualification':
      return msg(
        'Ein Hochschulabschluss oder eine mindestens zweijährige Berufsausbildung, im Land des Abschlusses staatlich anerkannt.',
        { id: 'quickcheck.n.card-qualification' },
      );
    case 'card-language':
      return msg(str`Deutsch mindestens ${text('german')} oder Englisch mindestens ${text('english')}.`, {
        id: 'quickcheck.n.card-language',
      });
    case 'card-points':
      return cardPoints(Number(values.missing ?? 0), Number(values.points ?? 0), Number(values.threshold ?? 0), locale);
    case 'card-funds':
      return msg(
        str`Nachweis von ${money('amount')} im Monat für die Zeit der Jobsuche, zum Beispiel ein Sperrkonto.`,
        {
          id: 'quickcheck.n.card-funds',
        },
      );
    default:
      return undefined;
  }
}

function pointsShort(missing: number, points: number, threshold: number, locale: SupportedLocale): string {
  const [m, p, t] = [missing, points, threshold].map((n) => formatCount(n, locale));
  return plural(missing, locale, {
    one: () => msg(str`${m} Punkt fehlt (${p} von ${t}).`, { id: 'quickcheck.n.points-short.one' }),
    two: () => msg(str`${m} Punkte fehlen (${p} von ${t}).`, { id: 'quickcheck.n.points-short.two' }),
    few: () => msg(str`${m} Punkte fehlen (${p} von ${t}).`, { id: 'quickcheck.n.points-short.few' }),
    many: () => msg(str`${m} Punkte fehlen (${p} von ${t}).`, { id: 'quickcheck.n.points-short.many' }),
    other: () => msg(str`${m} Punkte fehlen (${p} von ${t}).`, { id: 'quickcheck.n.points-short.other' }),
  });
}

function cardPoints(missing: number, points: number, threshold: number, locale: SupportedLocale): string {
  const [m, p, t] = [missing, points, threshold].map((n) => formatCount(n, locale));
  return plural(missing, locale, {
    one: () => msg(str`Noch ${m} Punkt: ${p} von ${t} erreicht.`, { id: 'quickcheck.n.card-points.one' }),
    two: () => msg(str`Noch ${m} Punkte: ${p} von ${t} erreicht.`, { id: 'quickcheck.n.card-points.two' }),
    few: () => msg(str`Noch ${m} Punkte: ${p} von ${t} erreicht.`, { id: 'quickcheck.n.card-points.few' }),
    many: () => msg(str`Noch ${m} Punkte: ${p} von ${t} erreicht.`, { id: 'quickcheck.n.card-points.many' }),
    other: () => msg(str`Noch ${m} Punkte: ${p} von ${t} erreicht.`, { id: 'quickcheck.n.card-points.other' }),
  });
}
