import { msg } from '@lit/localize';
import type { PointsCriterion } from '@welcome-widgets/domain/quickcheck';

/** What each line of the opportunity-card points table rewards. */
export function pointsCriterionText(criterion: PointsCriterion | string): string {
  switch (criterion) {
    case 'partialRecognition':
      return msg('Abschluss in Deutschland teilweise anerkannt', { id: 'quickcheck.points.partialRecognition' });
    case 'experience5of7':
      return msg('Mindestens 5 Jahre Berufserfahrung in den letzten 7 Jahren', {
        id: 'quickcheck.points.experience5of7',
      });
    case 'experience2of5':
      return msg('Mindestens 2 Jahre Berufserfahrung in den letzten 5 Jahren', {
        id: 'quickcheck.points.experience2of5',
      });
    case 'shortageOccupation':
      return msg('Engpassberuf', { id: 'quickcheck.points.shortageOccupation' });
    case 'germanB2':
      return msg('Deutsch auf Niveau B2 oder besser', { id: 'quickcheck.points.germanB2' });
    case 'germanB1':
      return msg('Deutsch auf Niveau B1', { id: 'quickcheck.points.germanB1' });
    case 'germanA2':
      return msg('Deutsch auf Niveau A2', { id: 'quickcheck.points.germanA2' });
    case 'englishC1':
      return msg('Englisch auf Niveau C1 oder besser', { id: 'quickcheck.points.englishC1' });
    case 'ageUnder35':
      return msg('Jünger als 35 Jahre', { id: 'quickcheck.points.ageUnder35' });
    case 'ageUnder40':
      return msg('35 bis 39 Jahre alt', { id: 'quickcheck.points.ageUnder40' });
    case 'priorStay6Months':
      return msg('Mindestens 6 Monate rechtmäßiger Aufenthalt in Deutschland in den letzten 5 Jahren', {
        id: 'quickcheck.points.priorStay6Months',
      });
    case 'spouseEligible':
      return msg('Partnerin oder Partner kommt mit und erfüllt die Voraussetzungen', {
        id: 'quickcheck.points.spouseEligible',
      });
    default:
      return criterion;
  }
}
