import type { QuickcheckProfile, RuleSet } from '../../contracts/index.js';
import { note, type Note } from './notes.js';
import { hasQualification, recognisedInGermany, speaksForCard } from './profile-facts.js';

/**
 * What the opportunity card (§ 20a) still needs when it is not among the pathways, so that the
 * points shown ("6, needed 6") never seem to promise a card the result does not offer. Follows
 * the card's rule in pathways.ts: a qualification recognised in Germany needs no points;
 * otherwise one state-recognised where it was obtained, German or English, and the points;
 * always the funds for the stay.
 */
export function opportunityCardGaps(profile: QuickcheckProfile, ruleSet: RuleSet, points: number): Note[] {
  const gaps: Note[] = [];
  if (!recognisedInGermany(profile)) {
    if (!hasQualification(profile) || !profile.stateRecognisedAbroad) gaps.push(note('card-qualification'));
    if (!speaksForCard(profile, ruleSet)) {
      const { opportunityCardGerman: german, opportunityCardEnglish: english } = ruleSet.limits;
      gaps.push(note('card-language', { german, english }));
    }
    const threshold = ruleSet.opportunityCardPoints.threshold;
    if (points < threshold) gaps.push(note('card-points', { missing: threshold - points, points, threshold }));
  } else if (!hasQualification(profile)) {
    gaps.push(note('card-qualification'));
  }
  if (!profile.fundsSecured) {
    gaps.push(note('card-funds', { amount: ruleSet.figures.opportunityCardMonthlyFundsEur }));
  }
  return gaps;
}
