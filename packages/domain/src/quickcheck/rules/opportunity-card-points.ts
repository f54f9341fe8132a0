import type { PointsLine, QuickcheckProfile, RuleSet } from '../../contracts/index.js';
import { atLeast } from './levels.js';

/** Criteria of the points table in § 20a AufenthG; the widget names each in the reader's language. */
export type PointsCriterion = keyof Omit<RuleSet['opportunityCardPoints'], 'threshold'>;

/** The opportunity-card points a profile earns, line by line (annex to § 20a AufenthG). */
export function opportunityCardPoints(profile: QuickcheckProfile, ruleSet: RuleSet): PointsLine[] {
  const table = ruleSet.opportunityCardPoints;
  const lines: PointsLine[] = [];
  const add = (criterion: PointsCriterion) => lines.push({ criterion, points: table[criterion] });

  if (profile.recognition === 'partial') add('partialRecognition');
  if (profile.experienceYearsLast7 >= 5) add('experience5of7');
  else if (profile.experienceYearsLast5 >= 2) add('experience2of5');
  if (profile.shortageOccupation || profile.itSpecialist) add('shortageOccupation');
  if (atLeast(profile.germanLevel, 'B2')) add('germanB2');
  else if (atLeast(profile.germanLevel, 'B1')) add('germanB1');
  else if (atLeast(profile.germanLevel, 'A2')) add('germanA2');
  if (atLeast(profile.englishLevel, 'C1')) add('englishC1');
  if (profile.age < 35) add('ageUnder35');
  else if (profile.age < 40) add('ageUnder40');
  if (profile.priorStayMonthsLast5 >= 6) add('priorStay6Months');
  if (profile.spouseEligible) add('spouseEligible');
  return lines;
}

export function sumOfPoints(lines: readonly PointsLine[]): number {
  return lines.reduce((sum, line) => sum + line.points, 0);
}
