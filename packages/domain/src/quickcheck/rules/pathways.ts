import type { PathwayId, QuickcheckProfile, RuleSet } from '../../contracts/index.js';
import { atLeast } from './levels.js';
import { note, type Note } from './notes.js';
import {
  hasQualification,
  inShortage,
  recentDegree,
  recognisedInGermany,
  salaryOf as salary,
  speaksForCard,
} from './profile-facts.js';

export interface PathwayFit {
  reasons: Note[];
  conditions: Note[];
  /** Steps for the person and for the employer: the widget shows the set of its audience. */
  workerSteps: Note[];
  employerSteps: Note[];
}

export interface RuleContext {
  profile: QuickcheckProfile;
  ruleSet: RuleSet;
  points: number;
}

type PathwayRule = (context: RuleContext) => PathwayFit | undefined;

const fit = (reasons: Note[], conditions: Note[], workerSteps: Note[], employerSteps: Note[]): PathwayFit => ({
  reasons,
  conditions,
  workerSteps,
  employerSteps,
});

/** Employer steps where the county's foreigners' authority can run the accelerated procedure (§ 81a). */
function acceleratedSteps(ruleSet: RuleSet, withApproval: boolean): Note[] {
  const steps = [note('accelerated-procedure', { fee: ruleSet.figures.acceleratedProcedureFeeEur })];
  if (withApproval) steps.push(note('employer-declaration'));
  return steps;
}

/** The age-45 line of § 18 (2) no. 5 AufenthG for a first title under § 18a or § 18b. */
function ageRule({ profile, ruleSet }: RuleContext): { reasons: Note[]; conditions: Note[] } {
  if (profile.age < ruleSet.limits.ageRuleFrom) return { reasons: [], conditions: [] };
  if (profile.pensionProof) return { reasons: [note('pension-proof')], conditions: [] };
  const threshold = ruleSet.figures.age45SalaryEur;
  // Where the offered salary is known and below the line, say by how much (a near miss on age).
  const shortfall = profile.annualSalaryEur === null ? 0 : Math.max(0, threshold - profile.annualSalaryEur);
  const values = { age: ruleSet.limits.ageRuleFrom, threshold, ...(shortfall > 0 ? { shortfall } : {}) };
  return { reasons: [], conditions: [note('age-45-salary', values)] };
}

const blueCard: PathwayRule = ({ profile: p, ruleSet }) => {
  if (!p.jobOffer) return undefined;
  const { blueCardStandardSalaryEur: standard, blueCardLowerSalaryEur: lower } = ruleSet.figures;
  const steps = acceleratedSteps(ruleSet, salary(p) < standard);
  if (p.qualification === 'academic' && recognisedInGermany(p)) {
    const recognised = note('degree-recognised');
    if (salary(p) >= standard) {
      return fit([recognised, note('salary-standard', { threshold: standard })], [], [note('visa-application')], steps);
    }
    const recent = recentDegree(p, ruleSet);
    if (salary(p) >= lower && (inShortage(p) || recent)) {
      const why = inShortage(p)
        ? note('salary-lower-shortage', { threshold: lower })
        : note('salary-lower-recent-degree', { threshold: lower, years: ruleSet.limits.blueCardRecentDegreeYears });
      return fit([recognised, why], [note('ba-approval')], [note('visa-application')], steps);
    }
  }
  const itYears = ruleSet.limits.itExperienceYearsLast7;
  if (p.itSpecialist && p.experienceYearsLast7 >= itYears && salary(p) >= lower) {
    return fit(
      [note('it-experience', { years: itYears }), note('salary-lower-shortage', { threshold: lower })],
      [note('ba-approval')],
      [note('visa-application')],
      steps,
    );
  }
  return undefined;
};

function skilledWorker(qualification: 'academic' | 'vocational'): PathwayRule {
  return (context) => {
    const { profile: p, ruleSet } = context;
    if (!p.jobOffer || p.qualification !== qualification || !recognisedInGermany(p)) return undefined;
    const age = ageRule(context);
    return fit(
      [
        note(qualification === 'academic' ? 'degree-recognised' : 'vocational-recognised'),
        note('job-offer'),
        ...age.reasons,
      ],
      [note('qualified-employment'), note('ba-approval'), ...age.conditions],
      [note('visa-application')],
      acceleratedSteps(ruleSet, true),
    );
  };
}

const experienceBased: PathwayRule = ({ profile: p, ruleSet }) => {
  const line = ruleSet.figures.experienceBasedSalaryEur;
  const years = ruleSet.limits.experienceBasedYearsLast5;
  if (!p.jobOffer || !hasQualification(p) || !p.stateRecognisedAbroad || p.experienceYearsLast5 < years)
    return undefined;
  const pay =
    salary(p) >= line
      ? note('salary-experience-line', { threshold: line })
      : p.collectiveAgreement
        ? note('collective-agreement')
        : undefined;
  if (!pay) return undefined;
  return fit(
    [note('state-recognised-abroad'), note('experience', { years }), note('job-offer'), pay],
    [note('not-regulated-profession'), note('ba-approval')],
    [note('visa-application')],
    acceleratedSteps(ruleSet, true),
  );
};

const privilegedNationals: PathwayRule = ({ profile: p, ruleSet }) => {
  if (!p.jobOffer || !ruleSet.countries.privilegedNationals.includes(p.citizenship)) return undefined;
  return fit(
    [note('privileged-country', { country: p.citizenship }), note('job-offer')],
    [note('ba-approval-priority-check')],
    [note('entry-without-visa')],
    [note('employer-declaration')],
  );
};

const westernBalkans: PathwayRule = ({ profile: p, ruleSet }) => {
  if (!p.jobOffer || !ruleSet.countries.westernBalkans.includes(p.citizenship)) return undefined;
  return fit(
    [note('western-balkans-country', { country: p.citizenship }), note('job-offer')],
    [
      note('quota', { quota: ruleSet.figures.westernBalkansQuota }),
      note('ba-approval-priority-check'),
      note('apply-at-home-mission'),
    ],
    [note('visa-application')],
    [note('ba-pre-approval'), note('employer-declaration')],
  );
};

const recognitionMeasures: PathwayRule = ({ profile: p, ruleSet }) => {
  const german = ruleSet.limits.recognitionPartnershipGerman;
  if (!hasQualification(p) || !atLeast(p.germanLevel, german)) return undefined;
  const language = note('german-level', { level: german });
  if (p.recognition === 'partial') {
    return fit(
      [note('partial-recognition'), language],
      [note('compensation-measures')],
      [note('visa-application')],
      acceleratedSteps(ruleSet, true),
    );
  }
  const notYetRecognised = p.recognition === 'none' || p.recognition === 'unknown';
  if (notYetRecognised && p.stateRecognisedAbroad && p.jobOffer) {
    return fit(
      [note('recognition-partnership'), note('state-recognised-abroad'), note('job-offer'), language],
      [note('recognition-procedure'), note('ba-approval')],
      [note('visa-application')],
      [note('recognition-partnership-agreement'), ...acceleratedSteps(ruleSet, true)],
    );
  }
  return undefined;
};

const opportunityCard: PathwayRule = ({ profile: p, ruleSet, points }) => {
  if (!p.fundsSecured || !hasQualification(p)) return undefined;
  const funds = note('funds-monthly', { amount: ruleSet.figures.opportunityCardMonthlyFundsEur });
  if (recognisedInGermany(p)) {
    return fit([note('recognised-no-points'), note('funds-secured')], [funds], [note('visa-application')], []);
  }
  const { opportunityCardGerman: german, opportunityCardEnglish: english } = ruleSet.limits;
  const threshold = ruleSet.opportunityCardPoints.threshold;
  const speaks = speaksForCard(p, ruleSet);
  if (!p.stateRecognisedAbroad || !speaks || points < threshold) return undefined;
  return fit(
    [note('state-recognised-abroad'), note('points-reached', { points, threshold }), note('funds-secured')],
    [funds, note('language-for-card', { german, english })],
    [note('visa-application')],
    [],
  );
};

/** In the order a result shows them: the most direct route into work first. */
export const PATHWAY_RULES: ReadonlyArray<readonly [PathwayId, PathwayRule]> = [
  ['blue-card', blueCard],
  ['skilled-worker-academic', skilledWorker('academic')],
  ['skilled-worker-vocational', skilledWorker('vocational')],
  ['experience-based', experienceBased],
  ['privileged-nationals', privilegedNationals],
  ['western-balkans', westernBalkans],
  ['recognition-measures', recognitionMeasures],
  ['opportunity-card', opportunityCard],
];
