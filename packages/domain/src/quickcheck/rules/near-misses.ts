import type { PathwayId, QuickcheckNearMiss, QuickcheckProfile, RuleSet } from '../../contracts/index.js';
import { note, type Note } from './notes.js';
import {
  hasQualification,
  inShortage,
  recentDegree,
  recognisedInGermany,
  speaksForCard,
  yearOf,
} from './profile-facts.js';

/**
 * What counts as "only just missed" (a product choice, documented in the README): every other
 * requirement of the pathway holds, and the one figure that fails misses by at most this much.
 * A salary 10 % under its line is a negotiation; 30 % under is another job. Two points can be
 * earned with a language course; more is another plan.
 */
export const NEAR_MISS = { salaryShare: 0.1, points: 2 } as const;

interface NearMissContext {
  profile: QuickcheckProfile;
  ruleSet: RuleSet;
  points: number;
  /** Pathways that fit: a pathway that fits is no near miss. */
  fits: ReadonlySet<PathwayId>;
}

/** Pathways missed narrowly, each with what is missing and by how much. Pure, like the evaluator. */
export function nearMisses(context: NearMissContext): QuickcheckNearMiss[] {
  const misses: QuickcheckNearMiss[] = [];
  for (const [id, check] of CHECKS) {
    if (context.fits.has(id)) continue;
    const missing = check(context);
    if (missing) misses.push({ id, missing });
  }
  return misses;
}

/** The shortfall when a known salary is under `threshold` by a little; undefined otherwise. */
function salaryShortfall(p: QuickcheckProfile, threshold: number): number | undefined {
  if (p.annualSalaryEur === null) return undefined;
  const shortfall = Math.round((threshold - p.annualSalaryEur) * 100) / 100;
  return shortfall > 0 && shortfall <= threshold * NEAR_MISS.salaryShare ? shortfall : undefined;
}

const blueCard = ({ profile: p, ruleSet }: NearMissContext): Note[] | undefined => {
  if (!p.jobOffer) return undefined;
  const { blueCardStandardSalaryEur: standard, blueCardLowerSalaryEur: lower } = ruleSet.figures;
  const year = yearOf(p, ruleSet);
  if (p.qualification === 'academic' && recognisedInGermany(p)) {
    const shortage = inShortage(p);
    const recent = recentDegree(p, ruleSet);
    const threshold = shortage || recent ? lower : standard;
    const shortfall = salaryShortfall(p, threshold);
    if (shortfall === undefined) return undefined;
    const code = shortage ? 'salary-short-shortage' : recent ? 'salary-short-recent-degree' : 'salary-short';
    const missing = [note(code, { shortfall, threshold, year })];
    // The lower line is the way in for shortage occupations and recent graduates: name it when it is reached.
    if (threshold === standard && (p.annualSalaryEur ?? 0) >= lower) {
      missing.push(
        note('lower-line-would-apply', { threshold: lower, years: ruleSet.limits.blueCardRecentDegreeYears }),
      );
    }
    return missing;
  }
  if (p.itSpecialist && p.experienceYearsLast7 >= ruleSet.limits.itExperienceYearsLast7) {
    const shortfall = salaryShortfall(p, lower);
    return shortfall === undefined ? undefined : [note('salary-short-shortage', { shortfall, threshold: lower, year })];
  }
  return undefined;
};

const experienceBased = ({ profile: p, ruleSet }: NearMissContext): Note[] | undefined => {
  const enoughExperience = p.experienceYearsLast5 >= ruleSet.limits.experienceBasedYearsLast5;
  if (!p.jobOffer || !hasQualification(p) || !p.stateRecognisedAbroad || !enoughExperience) return undefined;
  const threshold = ruleSet.figures.experienceBasedSalaryEur;
  const shortfall = salaryShortfall(p, threshold);
  if (shortfall === undefined) return undefined;
  return [note('salary-short', { shortfall, threshold, year: yearOf(p, ruleSet) }), note('or-collective-agreement')];
};

const opportunityCard = ({ profile: p, ruleSet, points }: NearMissContext): Note[] | undefined => {
  const threshold = ruleSet.opportunityCardPoints.threshold;
  const missing = threshold - points;
  const otherwiseFits = p.fundsSecured && hasQualification(p) && p.stateRecognisedAbroad && speaksForCard(p, ruleSet);
  if (recognisedInGermany(p) || !otherwiseFits || missing <= 0 || missing > NEAR_MISS.points) return undefined;
  return [note('points-short', { missing, points, threshold })];
};

const CHECKS: ReadonlyArray<readonly [PathwayId, (context: NearMissContext) => Note[] | undefined]> = [
  ['blue-card', blueCard],
  ['experience-based', experienceBased],
  ['opportunity-card', opportunityCard],
];
