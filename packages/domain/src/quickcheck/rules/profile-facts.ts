import type { QuickcheckProfile, RuleSet } from '../../contracts/index.js';
import { atLeast } from './levels.js';

/** Facts about a profile that several rules read; one definition each. */
export const recognisedInGermany = (p: QuickcheckProfile) => p.recognition === 'german' || p.recognition === 'full';
export const hasQualification = (p: QuickcheckProfile) => p.qualification !== 'none';
export const salaryOf = (p: QuickcheckProfile) => p.annualSalaryEur ?? 0;
/** IT specialists count as a shortage occupation for the Blue Card's lower line and the points alike. */
export const inShortage = (p: QuickcheckProfile) => p.shortageOccupation || p.itSpecialist;
export const recentDegree = (p: QuickcheckProfile, r: RuleSet) =>
  p.degreeYearsAgo !== null && p.degreeYearsAgo < r.limits.blueCardRecentDegreeYears;
/** German A1 or English B2 (the rule set's levels): the opportunity card's language requirement. */
export const speaksForCard = (p: QuickcheckProfile, r: RuleSet) =>
  atLeast(p.germanLevel, r.limits.opportunityCardGerman) || atLeast(p.englishLevel, r.limits.opportunityCardEnglish);
/** The year whose figures apply. */
export const yearOf = (p: QuickcheckProfile, r: RuleSet) => p.year ?? Number(r.validFrom.slice(0, 4));
