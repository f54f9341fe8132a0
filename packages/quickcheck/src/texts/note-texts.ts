import { msg, str } from '@lit/localize';
import type { Audience, QuickcheckNote, SupportedLocale } from '@welcome-widgets/domain';
import type { NoteFormat } from '../format/note-format.js';
import type { NoteCode } from '@welcome-widgets/domain/quickcheck';
import { countNoteText } from './count-note-texts.js';
import { gapText } from './gap-texts.js';

export type { NoteFormat } from '../format/note-format.js';

/**
 * One translated sentence per reason, condition or next step the evaluator can give. In employer
 * mode, sentences speak to the employer about the person to hire.
 */
export function noteText(
  note: QuickcheckNote,
  format: NoteFormat,
  audience: Audience,
  locale: SupportedLocale,
): string {
  const employer = audience === 'employer';
  const gap = gapText(note, format, locale, employer);
  if (gap !== undefined) return gap;
  const counted = countNoteText(note, format, locale);
  if (counted !== undefined) return counted;
  const values = note.values ?? {};
  const money = (key: string) => format.money(Number(values[key] ?? 0));
  const text = (key: string) => String(values[key] ?? '');
  switch (note.code as NoteCode) {
    case 'eu-citizen':
      return msg(str`Staatsangehörigkeit: ${format.country(text('country'))} (EU, EWR oder Schweiz).`, {
        id: 'quickcheck.n.eu-citizen',
      });
    case 'job-offer':
      return msg('Ein Jobangebot liegt vor.', { id: 'quickcheck.n.job-offer' });
    case 'degree-recognised':
      return msg('Der Hochschulabschluss ist in Deutschland anerkannt oder deutsch.', {
        id: 'quickcheck.n.degree-recognised',
      });
    case 'vocational-recognised':
      return msg('Die Berufsausbildung ist in Deutschland voll anerkannt oder deutsch.', {
        id: 'quickcheck.n.vocational-recognised',
      });
    case 'salary-standard':
      return msg(str`Das Gehalt erreicht die Grenze von ${money('threshold')} im Jahr.`, {
        id: 'quickcheck.n.salary-standard',
      });
    case 'salary-lower-shortage':
      return msg(str`Engpassberuf: Das Gehalt erreicht die niedrigere Grenze von ${money('threshold')} im Jahr.`, {
        id: 'quickcheck.n.salary-lower-shortage',
      });
    case 'state-recognised-abroad':
      return msg('Der Abschluss ist im Herkunftsland staatlich anerkannt.', {
        id: 'quickcheck.n.state-recognised-abroad',
      });
    case 'salary-experience-line':
      return msg(str`Das Gehalt erreicht mindestens ${money('threshold')} im Jahr.`, {
        id: 'quickcheck.n.salary-experience-line',
      });
    case 'collective-agreement':
      return msg('Der Arbeitgeber ist tarifgebunden; dann gilt keine Gehaltsgrenze.', {
        id: 'quickcheck.n.collective-agreement',
      });
    // "Staatsangehörigkeit: <name>": country names never need a case or an article.
    case 'privileged-country':
      return msg(
        str`Staatsangehörigkeit: ${format.country(text('country'))}. Damit ist jede Beschäftigung möglich, auch ohne Berufsabschluss.`,
        { id: 'quickcheck.n.privileged-country' },
      );
    case 'western-balkans-country':
      return msg(str`Staatsangehörigkeit: ${format.country(text('country'))}, ein Staat der Westbalkanregelung.`, {
        id: 'quickcheck.n.western-balkans-country',
      });
    case 'partial-recognition':
      return msg('Der Abschluss ist teilweise anerkannt; die Unterschiede können in Deutschland ausgeglichen werden.', {
        id: 'quickcheck.n.partial-recognition',
      });
    case 'recognition-partnership':
      if (employer) {
        return msg(
          'Eine Anerkennungspartnerschaft ist möglich: Die Anerkennung läuft in Deutschland, während die Person bei Ihnen arbeitet.',
          { id: 'quickcheck.n.recognition-partnership.employer' },
        );
      }
      return msg(
        'Eine Anerkennungspartnerschaft ist möglich: Die Anerkennung läuft in Deutschland, während Sie arbeiten.',
        {
          id: 'quickcheck.n.recognition-partnership',
        },
      );
    case 'german-level':
      return msg(str`Deutschkenntnisse auf mindestens Niveau ${text('level')}.`, { id: 'quickcheck.n.german-level' });
    case 'funds-secured':
      return msg('Der Lebensunterhalt ist gesichert.', { id: 'quickcheck.n.funds-secured' });
    case 'recognised-no-points':
      return msg('Mit einem in Deutschland voll anerkannten Abschluss sind keine Punkte nötig.', {
        id: 'quickcheck.n.recognised-no-points',
      });
    case 'pension-proof':
      return msg('Eine angemessene Altersvorsorge ist nachgewiesen.', { id: 'quickcheck.n.pension-proof' });
    case 'ba-approval':
      return msg('Zustimmung der Bundesagentur für Arbeit (prüft die Arbeitsbedingungen).', {
        id: 'quickcheck.n.ba-approval',
      });
    case 'ba-approval-priority-check':
      return msg('Zustimmung der Bundesagentur für Arbeit mit Vorrangprüfung.', {
        id: 'quickcheck.n.ba-approval-priority-check',
      });
    case 'qualified-employment':
      return msg('Die Stelle passt zur Qualifikation.', { id: 'quickcheck.n.qualified-employment' });
    case 'apply-at-home-mission':
      return msg('Der Visumantrag wird bei der deutschen Auslandsvertretung im Herkunftsland gestellt.', {
        id: 'quickcheck.n.apply-at-home-mission',
      });
    case 'not-regulated-profession':
      return msg('Gilt nicht für reglementierte Berufe wie Pflege oder Medizin: Dort ist eine Berufserlaubnis nötig.', {
        id: 'quickcheck.n.not-regulated-profession',
      });
    case 'recognition-procedure':
      return msg('Vereinbarung mit dem Arbeitgeber, das Anerkennungsverfahren in Deutschland zu durchlaufen.', {
        id: 'quickcheck.n.recognition-procedure',
      });
    case 'compensation-measures':
      return msg('Teilnahme an den Maßnahmen, die im Anerkennungsbescheid genannt sind.', {
        id: 'quickcheck.n.compensation-measures',
      });
    case 'funds-monthly':
      return msg(str`Nachweis von ${money('amount')} im Monat, zum Beispiel auf einem Sperrkonto.`, {
        id: 'quickcheck.n.funds-monthly',
      });
    case 'language-for-card':
      return msg(
        str`Deutsch mindestens ${text('german')} oder Englisch mindestens ${text('english')}, mit Zertifikat.`,
        {
          id: 'quickcheck.n.language-for-card',
        },
      );
    case 'register-address':
      return msg('Nach dem Umzug die Wohnung innerhalb von zwei Wochen beim Bürgeramt anmelden.', {
        id: 'quickcheck.n.register-address',
      });
    case 'visa-application':
      return msg('Termin bei der deutschen Auslandsvertretung vereinbaren und das Visum beantragen.', {
        id: 'quickcheck.n.visa-application',
      });
    case 'entry-without-visa':
      return msg(
        'Ohne Visum einreisen und den Aufenthaltstitel vor Arbeitsbeginn bei der Ausländerbehörde beantragen.',
        {
          id: 'quickcheck.n.entry-without-visa',
        },
      );
    case 'accelerated-procedure':
      return msg(
        str`Beschleunigtes Fachkräfteverfahren (§ 81a AufenthG) bei der Ausländerbehörde des Landkreises beantragen; Gebühr ${money('fee')}.`,
        { id: 'quickcheck.n.accelerated-procedure' },
      );
    case 'employer-declaration':
      return msg('Das Formular „Erklärung zum Beschäftigungsverhältnis“ ausfüllen.', {
        id: 'quickcheck.n.employer-declaration',
      });
    case 'ba-pre-approval':
      return msg('Die Vorabzustimmung der Bundesagentur für Arbeit beantragen.', {
        id: 'quickcheck.n.ba-pre-approval',
      });
    case 'hire-like-locals':
      return msg('Einstellen wie deutsche Beschäftigte: kein Visum und keine Zustimmung nötig.', {
        id: 'quickcheck.n.hire-like-locals',
      });
    case 'recognition-partnership-agreement':
      return msg('Mit der Person eine Anerkennungspartnerschaft vereinbaren.', {
        id: 'quickcheck.n.recognition-partnership-agreement',
      });
    case 'check-recognition':
      if (employer) {
        return msg(
          'Die Anerkennung des Abschlusses der Person prüfen lassen, zum Beispiel über anerkennung-in-deutschland.de.',
          { id: 'quickcheck.n.check-recognition.employer' },
        );
      }
      return msg('Die Anerkennung des Abschlusses prüfen lassen, zum Beispiel über anerkennung-in-deutschland.de.', {
        id: 'quickcheck.n.check-recognition',
      });
    case 'learn-german':
      if (employer) {
        return msg(
          str`Deutschkenntnisse mindestens auf Niveau ${text('level')} öffnen weitere Wege: Ein Sprachkurs für die Person hilft.`,
          { id: 'quickcheck.n.learn-german.employer' },
        );
      }
      return msg(str`Deutsch lernen, mindestens bis Niveau ${text('level')}: Das öffnet weitere Wege.`, {
        id: 'quickcheck.n.learn-german',
      });
    case 'secure-funds':
      return msg(str`Die Punkte reichen für die Chancenkarte: Dafür ${money('amount')} im Monat nachweisen.`, {
        id: 'quickcheck.n.secure-funds',
      });
    case 'find-job-offer':
      if (employer) {
        return msg('Ein konkretes Arbeitsangebot von Ihnen an die Person öffnet die meisten Wege.', {
          id: 'quickcheck.n.find-job-offer.employer',
        });
      }
      return msg(
        'Ein Jobangebot öffnet die meisten Wege: Stellen finden Sie zum Beispiel bei make-it-in-germany.com.',
        {
          id: 'quickcheck.n.find-job-offer',
        },
      );
    case 'gain-qualification':
      if (employer) {
        return msg(
          'Eine Berufsausbildung in Deutschland, auch in Ihrem Betrieb, ist ein eigener Weg: Lassen Sie sich dazu beraten.',
          { id: 'quickcheck.n.gain-qualification.employer' },
        );
      }
      return msg('Eine Berufsausbildung in Deutschland ist ein eigener Weg: Lassen Sie sich dazu beraten.', {
        id: 'quickcheck.n.gain-qualification',
      });
    case 'consultation':
      if (employer) {
        return msg('Eine kostenlose Beratung beim Landkreis klärt die Einstellung im Einzelnen.', {
          id: 'quickcheck.n.consultation.employer',
        });
      }
      return msg('Eine kostenlose Beratung beim Landkreis klärt Ihren Fall im Einzelnen.', {
        id: 'quickcheck.n.consultation',
      });
    default:
      return note.code;
  }
}
