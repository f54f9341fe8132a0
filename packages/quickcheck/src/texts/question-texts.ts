import { msg } from '@lit/localize';
import type { Audience } from '@welcome-widgets/domain';
import type { QuestionId } from '@welcome-widgets/domain/quickcheck';
import { citizenshipText, type QuestionText } from './first-question-text.js';

// Functions, not constants: msg() must run during render to answer in the widget's language.

export type { QuestionText } from './first-question-text.js';

/** Each question phrased for the person or for the employer about the person. */
export function questionText(id: QuestionId, audience: Audience): QuestionText {
  const employer = audience === 'employer';
  switch (id) {
    case 'citizenship':
      return citizenshipText(audience);
    case 'jobOffer':
      return employer
        ? {
            label: msg('Haben Sie der Person einen Arbeitsvertrag angeboten?', {
              id: 'quickcheck.q.jobOffer.employer',
            }),
          }
        : {
            label: msg('Haben Sie ein Jobangebot aus Deutschland?', { id: 'quickcheck.q.jobOffer' }),
            hint: msg('Ein Arbeitsvertrag oder ein verbindliches Angebot eines Arbeitgebers in Deutschland.', {
              id: 'quickcheck.q.jobOffer.hint',
            }),
          };
    case 'annualSalaryEur':
      return {
        label: employer
          ? msg('Welches Bruttojahresgehalt bieten Sie an?', { id: 'quickcheck.q.salary.employer' })
          : msg('Wie hoch ist das angebotene Bruttojahresgehalt?', { id: 'quickcheck.q.salary' }),
        hint: msg('In Euro, vor Steuern und Abgaben, für ein ganzes Jahr.', { id: 'quickcheck.q.salary.hint' }),
      };
    case 'qualification':
      return employer
        ? { label: msg('Welchen Abschluss hat die Person?', { id: 'quickcheck.q.qualification.employer' }) }
        : { label: msg('Welchen Abschluss haben Sie?', { id: 'quickcheck.q.qualification' }) };
    case 'recognition':
      return {
        label: employer
          ? msg('Ist der Abschluss in Deutschland anerkannt?', { id: 'quickcheck.q.recognition.employer' })
          : msg('Ist Ihr Abschluss in Deutschland anerkannt?', { id: 'quickcheck.q.recognition' }),
        hint: msg('Zum Beispiel durch einen Anerkennungsbescheid oder einen Eintrag in anabin.', {
          id: 'quickcheck.q.recognition.hint',
        }),
      };
    case 'stateRecognisedAbroad':
      return {
        label: employer
          ? msg('Ist der Abschluss im Land, in dem er erworben wurde, staatlich anerkannt?', {
              id: 'quickcheck.q.stateRecognisedAbroad.employer',
            })
          : msg('Ist Ihr Abschluss in dem Land, in dem Sie ihn erworben haben, staatlich anerkannt?', {
              id: 'quickcheck.q.stateRecognisedAbroad',
            }),
        hint: msg('Ein Hochschulabschluss oder eine Berufsausbildung von mindestens zwei Jahren.', {
          id: 'quickcheck.q.stateRecognisedAbroad.hint',
        }),
      };
    case 'degreeYearsAgo':
      return {
        label: employer
          ? msg('Vor wie vielen Jahren hat die Person den Hochschulabschluss erworben?', {
              id: 'quickcheck.q.degreeYearsAgo.employer',
            })
          : msg('Vor wie vielen Jahren haben Sie Ihren Hochschulabschluss erworben?', {
              id: 'quickcheck.q.degreeYearsAgo',
            }),
        hint: msg('In Jahren, zum Beispiel 2.', { id: 'quickcheck.q.years.hint' }),
      };
    case 'itSpecialist':
      return employer
        ? { label: msg('Soll die Person als IT-Fachkraft arbeiten?', { id: 'quickcheck.q.itSpecialist.employer' }) }
        : { label: msg('Arbeiten Sie als IT-Fachkraft?', { id: 'quickcheck.q.itSpecialist' }) };
    case 'shortageOccupation':
      return {
        label: employer
          ? msg('Ist der Beruf ein Engpassberuf?', { id: 'quickcheck.q.shortageOccupation.employer' })
          : msg('Arbeiten Sie in einem Engpassberuf?', { id: 'quickcheck.q.shortageOccupation' }),
        hint: msg(
          'Zum Beispiel Pflege, Medizin, Ingenieurwesen, Naturwissenschaften, Lehrkräfte, Handwerk oder Berufskraftfahrer.',
          { id: 'quickcheck.q.shortageOccupation.hint' },
        ),
      };
    case 'experienceYearsLast7':
      return {
        label: employer
          ? msg('Wie viele Jahre Berufserfahrung im Beruf hat die Person in den letzten 7 Jahren gesammelt?', {
              id: 'quickcheck.q.experience7.employer',
            })
          : msg('Wie viele Jahre Berufserfahrung in Ihrem Beruf haben Sie in den letzten 7 Jahren gesammelt?', {
              id: 'quickcheck.q.experience7',
            }),
        hint: msg('0 bis 7 Jahre.', { id: 'quickcheck.q.experience7.hint' }),
      };
    case 'experienceYearsLast5':
      return {
        label: msg('Wie viele Jahre davon lagen in den letzten 5 Jahren?', { id: 'quickcheck.q.experience5' }),
        hint: msg('0 bis 5 Jahre.', { id: 'quickcheck.q.experience5.hint' }),
      };
    case 'collectiveAgreement':
      return employer
        ? {
            label: msg('Sind Sie an einen Tarifvertrag gebunden?', { id: 'quickcheck.q.collectiveAgreement.employer' }),
          }
        : {
            label: msg('Ist Ihr künftiger Arbeitgeber an einen Tarifvertrag gebunden?', {
              id: 'quickcheck.q.collectiveAgreement',
            }),
          };
    case 'germanLevel':
      return {
        label: employer
          ? msg('Wie gut spricht die Person Deutsch?', { id: 'quickcheck.q.german.employer' })
          : msg('Wie gut sprechen Sie Deutsch?', { id: 'quickcheck.q.german' }),
        hint: msg('Stufen des Europäischen Referenzrahmens: A1 Anfänger bis C2 sehr gut.', {
          id: 'quickcheck.q.level.hint',
        }),
      };
    case 'englishLevel':
      return {
        label: employer
          ? msg('Wie gut spricht die Person Englisch?', { id: 'quickcheck.q.english.employer' })
          : msg('Wie gut sprechen Sie Englisch?', { id: 'quickcheck.q.english' }),
        hint: msg('Stufen des Europäischen Referenzrahmens: A1 Anfänger bis C2 sehr gut.', {
          id: 'quickcheck.q.level.hint',
        }),
      };
    case 'age':
      return employer
        ? { label: msg('Wie alt ist die Person?', { id: 'quickcheck.q.age.employer' }) }
        : { label: msg('Wie alt sind Sie?', { id: 'quickcheck.q.age' }) };
    case 'pensionProof':
      return {
        label: employer
          ? msg('Kann die Person eine angemessene Altersvorsorge nachweisen?', {
              id: 'quickcheck.q.pensionProof.employer',
            })
          : msg('Können Sie eine angemessene Altersvorsorge nachweisen?', { id: 'quickcheck.q.pensionProof' }),
        hint: msg('Ab 45 Jahren nötig, wenn das Gehalt unter einer Grenze liegt.', {
          id: 'quickcheck.q.pensionProof.hint',
        }),
      };
    case 'priorStayMonthsLast5':
      return {
        label: employer
          ? msg('Wie viele Monate hat die Person in den letzten 5 Jahren rechtmäßig in Deutschland gelebt?', {
              id: 'quickcheck.q.priorStay.employer',
            })
          : msg('Wie viele Monate haben Sie in den letzten 5 Jahren rechtmäßig in Deutschland gelebt?', {
              id: 'quickcheck.q.priorStay',
            }),
        hint: msg('Touristische Aufenthalte zählen nicht. 0, wenn nie.', { id: 'quickcheck.q.priorStay.hint' }),
      };
    case 'spouseEligible':
      return employer
        ? {
            label: msg(
              'Kommt eine Ehe- oder Lebenspartnerin beziehungsweise ein Partner mit, die selbst eine Chancenkarte bekommen könnten?',
              {
                id: 'quickcheck.q.spouse.employer',
              },
            ),
          }
        : {
            label: msg(
              'Kommt Ihre Ehe- oder Lebenspartnerin beziehungsweise Ihr Partner mit und könnte selbst eine Chancenkarte bekommen?',
              {
                id: 'quickcheck.q.spouse',
              },
            ),
          };
    case 'fundsSecured':
      return {
        label: employer
          ? msg('Kann die Person ihren Lebensunterhalt für die Jobsuche in Deutschland sichern?', {
              id: 'quickcheck.q.funds.employer',
            })
          : msg('Können Sie Ihren Lebensunterhalt für die Jobsuche in Deutschland sichern?', {
              id: 'quickcheck.q.funds',
            }),
        hint: msg('Zum Beispiel mit einem Sperrkonto oder einer Verpflichtungserklärung.', {
          id: 'quickcheck.q.funds.hint',
        }),
      };
  }
}

/** Labels of the answer options of choice questions. */
export function optionText(id: QuestionId, option: string): QuestionText {
  switch (`${id}:${option}`) {
    case 'qualification:none':
      return { label: msg('Keinen Berufsabschluss', { id: 'quickcheck.o.qualification.none' }) };
    case 'qualification:vocational':
      return {
        label: msg('Berufsausbildung', { id: 'quickcheck.o.qualification.vocational' }),
        hint: msg('Zum Beispiel als Pflegefachkraft, Elektriker oder Mechatronikerin.', {
          id: 'quickcheck.o.qualification.vocational.hint',
        }),
      };
    case 'qualification:academic':
      return {
        label: msg('Hochschulabschluss', { id: 'quickcheck.o.qualification.academic' }),
        hint: msg('Bachelor, Master, Diplom oder Promotion.', { id: 'quickcheck.o.qualification.academic.hint' }),
      };
    case 'recognition:german':
      return { label: msg('Es ist ein deutscher Abschluss', { id: 'quickcheck.o.recognition.german' }) };
    case 'recognition:full':
      return { label: msg('Ja, voll anerkannt', { id: 'quickcheck.o.recognition.full' }) };
    case 'recognition:partial':
      return {
        label: msg('Teilweise anerkannt', { id: 'quickcheck.o.recognition.partial' }),
        hint: msg('Es gibt einen Bescheid mit Unterschieden, die noch auszugleichen sind.', {
          id: 'quickcheck.o.recognition.partial.hint',
        }),
      };
    case 'recognition:none':
      return { label: msg('Nein, noch nicht anerkannt', { id: 'quickcheck.o.recognition.none' }) };
    case 'recognition:unknown':
      return { label: msg('Ich weiß es nicht', { id: 'quickcheck.o.recognition.unknown' }) };
    case 'germanLevel:none':
    case 'englishLevel:none':
      return { label: msg('Keine Kenntnisse', { id: 'quickcheck.o.level.none' }) };
    default:
      // CEFR levels are the same in every language.
      return { label: option };
  }
}

export function yesNoText(answer: boolean): string {
  return answer ? msg('Ja', { id: 'quickcheck.o.yes' }) : msg('Nein', { id: 'quickcheck.o.no' });
}
