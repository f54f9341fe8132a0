import type { QuickcheckPathway, QuickcheckProfile, QuickcheckResult, RuleSet } from '../../contracts/index.js';
import { atLeast } from './levels.js';
import { note, type Note } from './notes.js';
import { opportunityCardPoints, sumOfPoints } from './opportunity-card-points.js';
import { nearMisses } from './near-misses.js';
import { opportunityCardGaps } from './opportunity-card-gaps.js';
import { PATHWAY_RULES } from './pathways.js';

/**
 * Which pathways to work in Germany may fit a profile under one year's rule set. Pure: the
 * widget runs it in the browser (answers never leave the device) and the server runs the same code.
 */
export function evaluate(profile: QuickcheckProfile, ruleSet: RuleSet): QuickcheckResult {
  const employer = profile.audience === 'employer';
  const frame = {
    opportunityCardThreshold: ruleSet.opportunityCardPoints.threshold,
    ruleSetVersion: ruleSet.version,
    validFrom: ruleSet.validFrom,
    validUntil: ruleSet.validUntil,
    year: profile.year ?? Number(ruleSet.validFrom.slice(0, 4)),
  };

  if (ruleSet.countries.freeMovement.includes(profile.citizenship)) {
    const pathway: QuickcheckPathway = {
      id: 'free-movement',
      basis: ruleSet.basis['free-movement'] ?? 'FreizügG/EU',
      reasons: [note('eu-citizen', { country: profile.citizenship })],
      conditions: [],
      nextSteps: [employer ? note('hire-like-locals') : note('register-address')],
    };
    return {
      ...frame,
      pathways: [pathway],
      nearMisses: [],
      opportunityCardMissing: [],
      opportunityCardPoints: null,
      opportunityCardBreakdown: [],
      nextSteps: [note('consultation')],
    };
  }

  const breakdown = opportunityCardPoints(profile, ruleSet);
  const points = sumOfPoints(breakdown);
  const pathways: QuickcheckPathway[] = [];
  for (const [id, rule] of PATHWAY_RULES) {
    const fits = rule({ profile, ruleSet, points });
    if (!fits) continue;
    pathways.push({
      id,
      basis: ruleSet.basis[id] ?? '',
      reasons: fits.reasons,
      conditions: fits.conditions,
      nextSteps: employer ? fits.employerSteps : fits.workerSteps,
    });
  }
  const fits = new Set(pathways.map((pathway) => pathway.id));
  return {
    ...frame,
    pathways,
    nearMisses: nearMisses({ profile, ruleSet, points, fits }),
    opportunityCardMissing: fits.has('opportunity-card') ? [] : opportunityCardGaps(profile, ruleSet, points),
    opportunityCardPoints: points,
    opportunityCardBreakdown: breakdown,
    nextSteps: generalSteps(profile, ruleSet, points, pathways.length > 0),
  };
}

/** What helps next, most of all when nothing fits yet. */
function generalSteps(profile: QuickcheckProfile, ruleSet: RuleSet, points: number, anyFits: boolean): Note[] {
  const steps: Note[] = [];
  if (!anyFits) {
    if (profile.qualification === 'none') steps.push(note('gain-qualification'));
    else if (profile.recognition === 'none' || profile.recognition === 'unknown') steps.push(note('check-recognition'));
    if (!profile.jobOffer) steps.push(note('find-job-offer'));
    if (!atLeast(profile.germanLevel, ruleSet.limits.recognitionPartnershipGerman)) {
      steps.push(note('learn-german', { level: ruleSet.limits.recognitionPartnershipGerman }));
    }
    if (
      points >= ruleSet.opportunityCardPoints.threshold &&
      !profile.fundsSecured &&
      profile.qualification !== 'none'
    ) {
      steps.push(note('secure-funds', { amount: ruleSet.figures.opportunityCardMonthlyFundsEur }));
    }
  }
  steps.push(note('consultation'));
  return steps;
}
