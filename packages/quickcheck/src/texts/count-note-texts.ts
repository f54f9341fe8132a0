import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type QuickcheckNote, type SupportedLocale } from '@welcome-widgets/domain';
import type { NoteFormat } from '../format/note-format.js';

/**
 * The notes that count something (years, points, approvals): each picks its noun's form by the
 * language's plural rules, so that Russian reads "3 года / 5 лет / 21 год" and Arabic "سنتان".
 * German has no form for two, few or many: there the source is its plural.
 */
export function countNoteText(note: QuickcheckNote, format: NoteFormat, locale: SupportedLocale): string | undefined {
  const values = note.values ?? {};
  const count = (key: string) => Number(values[key] ?? 0);
  const money = (key: string) => format.money(Number(values[key] ?? 0));
  switch (note.code) {
    case 'experience':
      return experience(count('years'), locale);
    case 'it-experience':
      return itExperience(count('years'), locale);
    case 'salary-lower-recent-degree':
      return recentDegree(count('years'), money('threshold'), locale);
    case 'points-reached':
      return pointsReached(count('points'), count('threshold'), locale);
    case 'quota':
      return quota(count('quota'), locale);
    case 'age-45-salary':
      return values.shortfall === undefined
        ? fromAge(count('age'), money('threshold'), locale)
        : fromAgeShort(count('age'), money('shortfall'), money('threshold'), locale);
    default:
      return undefined;
  }
}

function experience(years: number, locale: SupportedLocale): string {
  const n = formatCount(years, locale);
  return plural(years, locale, {
    one: () =>
      msg(str`Mindestens ${n} Jahr Berufserfahrung in den letzten 5 Jahren.`, { id: 'quickcheck.n.experience.one' }),
    two: () =>
      msg(str`Mindestens ${n} Jahre Berufserfahrung in den letzten 5 Jahren.`, { id: 'quickcheck.n.experience.two' }),
    few: () =>
      msg(str`Mindestens ${n} Jahre Berufserfahrung in den letzten 5 Jahren.`, { id: 'quickcheck.n.experience.few' }),
    many: () =>
      msg(str`Mindestens ${n} Jahre Berufserfahrung in den letzten 5 Jahren.`, { id: 'quickcheck.n.experience.many' }),
    other: () =>
      msg(str`Mindestens ${n} Jahre Berufserfahrung in den letzten 5 Jahren.`, { id: 'quickcheck.n.experience.other' }),
  });
}

function itExperience(years: number, locale: SupportedLocale): string {
  const n = formatCount(years, locale);
  return plural(years, locale, {
    one: () =>
      msg(
        str`IT-Fachkraft mit mindestens ${n} Jahr Berufserfahrung in den letzten 7 Jahren, auch ohne Hochschulabschluss.`,
        { id: 'quickcheck.n.it-experience.one' },
      ),
    two: () =>
      msg(
        str`IT-Fachkraft mit mindestens ${n} Jahren Berufserfahrung in den letzten 7 Jahren, auch ohne Hochschulabschluss.`,
        { id: 'quickcheck.n.it-experience.two' },
      ),
    few: () =>
      msg(
        str`IT-Fachkraft mit mindestens ${n} Jahren Berufserfahrung in den letzten 7 Jahren, auch ohne Hochschulabschluss.`,
        { id: 'quickcheck.n.it-experience.few' },
      ),
    many: () =>
      msg(
        str`IT-Fachkraft mit mindestens ${n} Jahren Berufserfahrung in den letzten 7 Jahren, auch ohne Hochschulabschluss.`,
        { id: 'quickcheck.n.it-experience.many' },
      ),
    other: () =>
      msg(
        str`IT-Fachkraft mit mindestens ${n} Jahren Berufserfahrung in den letzten 7 Jahren, auch ohne Hochschulabschluss.`,
        { id: 'quickcheck.n.it-experience.other' },
      ),
  });
}

function recentDegree(years: number, threshold: string, locale: SupportedLocale): string {
  const n = formatCount(years, locale);
  return plural(years, locale, {
    one: () =>
      msg(
        str`Abschluss vor weniger als ${n} Jahr: Das Gehalt erreicht die niedrigere Grenze von ${threshold} im Jahr.`,
        { id: 'quickcheck.n.salary-lower-recent-degree.one' },
      ),
    two: () =>
      msg(
        str`Abschluss vor weniger als ${n} Jahren: Das Gehalt erreicht die niedrigere Grenze von ${threshold} im Jahr.`,
        { id: 'quickcheck.n.salary-lower-recent-degree.two' },
      ),
    few: () =>
      msg(
        str`Abschluss vor weniger als ${n} Jahren: Das Gehalt erreicht die niedrigere Grenze von ${threshold} im Jahr.`,
        { id: 'quickcheck.n.salary-lower-recent-degree.few' },
      ),
    many: () =>
      msg(
        str`Abschluss vor weniger als ${n} Jahren: Das Gehalt erreicht die niedrigere Grenze von ${threshold} im Jahr.`,
        { id: 'quickcheck.n.salary-lower-recent-degree.many' },
      ),
    other: () =>
      msg(
        str`Abschluss vor weniger als ${n} Jahren: Das Gehalt erreicht die niedrigere Grenze von ${threshold} im Jahr.`,
        { id: 'quickcheck.n.salary-lower-recent-degree.other' },
      ),
  });
}

/** The noun follows the points reached, so their number picks its form; the threshold stands alone. */
function pointsReached(points: number, threshold: number, locale: SupportedLocale): string {
  const [p, t] = [points, threshold].map((n) => formatCount(n, locale));
  return plural(points, locale, {
    one: () => msg(str`${p} Punkt erreicht; nötig sind ${t}.`, { id: 'quickcheck.n.points-reached.one' }),
    two: () => msg(str`${p} Punkte erreicht; nötig sind ${t}.`, { id: 'quickcheck.n.points-reached.two' }),
    few: () => msg(str`${p} Punkte erreicht; nötig sind ${t}.`, { id: 'quickcheck.n.points-reached.few' }),
    many: () => msg(str`${p} Punkte erreicht; nötig sind ${t}.`, { id: 'quickcheck.n.points-reached.many' }),
    other: () => msg(str`${p} Punkte erreicht; nötig sind ${t}.`, { id: 'quickcheck.n.points-reached.other' }),
  });
}

function quota(approvals: number, locale: SupportedLocale): string {
  const n = formatCount(approvals, locale);
  return plural(approvals, locale, {
    one: () =>
      msg(str`Jährliches Kontingent von ${n} Zustimmung; mit Wartezeiten ist zu rechnen.`, {
        id: 'quickcheck.n.quota.one',
      }),
    two: () =>
      msg(str`Jährliches Kontingent von ${n} Zustimmungen; mit Wartezeiten ist zu rechnen.`, {
        id: 'quickcheck.n.quota.two',
      }),
    few: () =>
      msg(str`Jährliches Kontingent von ${n} Zustimmungen; mit Wartezeiten ist zu rechnen.`, {
        id: 'quickcheck.n.quota.few',
      }),
    many: () =>
      msg(str`Jährliches Kontingent von ${n} Zustimmungen; mit Wartezeiten ist zu rechnen.`, {
        id: 'quickcheck.n.quota.many',
      }),
    other: () =>
      msg(str`Jährliches Kontingent von ${n} Zustimmungen; mit Wartezeiten ist zu rechnen.`, {
        id: 'quickcheck.n.quota.other',
      }),
  });
}

function fromAge(age: number, threshold: string, locale: SupportedLocale): string {
  const n = formatCount(age, locale);
  return plural(age, locale, {
    one: () =>
      msg(
        str`Ab ${n} Jahr: ein Gehalt von mindestens ${threshold} im Jahr oder der Nachweis einer angemessenen Altersvorsorge.`,
        { id: 'quickcheck.n.age-45-salary.one' },
      ),
    two: () =>
      msg(
        str`Ab ${n} Jahren: ein Gehalt von mindestens ${threshold} im Jahr oder der Nachweis einer angemessenen Altersvorsorge.`,
        { id: 'quickcheck.n.age-45-salary.two' },
      ),
    few: () =>
      msg(
        str`Ab ${n} Jahren: ein Gehalt von mindestens ${threshold} im Jahr oder der Nachweis einer angemessenen Altersvorsorge.`,
        { id: 'quickcheck.n.age-45-salary.few' },
      ),
    many: () =>
      msg(
        str`Ab ${n} Jahren: ein Gehalt von mindestens ${threshold} im Jahr oder der Nachweis einer angemessenen Altersvorsorge.`,
        { id: 'quickcheck.n.age-45-salary.many' },
      ),
    other: () =>
      msg(
        str`Ab ${n} Jahren: ein Gehalt von mindestens ${threshold} im Jahr oder der Nachweis einer angemessenen Altersvorsorge.`,
        { id: 'quickcheck.n.age-45-salary.other' },
      ),
  });
}

function fromAgeShort(age: number, shortfall: string, threshold: string, locale: SupportedLocale): string {
  const n = formatCount(age, locale);
  return plural(age, locale, {
    one: () =>
      msg(
        str`Ab ${n} Jahr: Das Gehalt liegt ${shortfall} unter der Grenze von ${threshold} im Jahr; sonst ist der Nachweis einer angemessenen Altersvorsorge nötig.`,
        { id: 'quickcheck.n.age-45-salary-short.one' },
      ),
    two: () =>
      msg(
        str`Ab ${n} Jahren: Das Gehalt liegt ${shortfall} unter der Grenze von ${threshold} im Jahr; sonst ist der Nachweis einer angemessenen Altersvorsorge nötig.`,
        { id: 'quickcheck.n.age-45-salary-short.two' },
      ),
    few: () =>
      msg(
        str`Ab ${n} Jahren: Das Gehalt liegt ${shortfall} unter der Grenze von ${threshold} im Jahr; sonst ist der Nachweis einer angemessenen Altersvorsorge nötig.`,
        { id: 'quickcheck.n.age-45-salary-short.few' },
      ),
    many: () =>
      msg(
        str`Ab ${n} Jahren: Das Gehalt liegt ${shortfall} unter der Grenze von ${threshold} im Jahr; sonst ist der Nachweis einer angemessenen Altersvorsorge nötig.`,
        { id: 'quickcheck.n.age-45-salary-short.many' },
      ),
    other: () =>
      msg(
        str`Ab ${n} Jahren: Das Gehalt liegt ${shortfall} unter der Grenze von ${threshold} im Jahr; sonst ist der Nachweis einer angemessenen Altersvorsorge nötig.`,
        { id: 'quickcheck.n.age-45-salary-short.other' },
      ),
  });
}
