import {
  COUNTRY_CODES,
  LANGUAGE_LEVELS,
  QUALIFICATIONS,
  RECOGNITION_STATES,
  type QuickcheckProfile,
  type RuleSet,
} from '../../contracts/index.js';

/** The answers a person gave, by question id; questions not (yet) asked are absent. */
export type Answers = Partial<Omit<QuickcheckProfile, 'year' | 'audience'>>;
export type QuestionId = keyof Answers;

export type QuestionKind = 'country' | 'choice' | 'yes-no' | 'number' | 'money';

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  options?: readonly string[];
  min?: number;
  max?: number;
  /** Only the questions that can change the result are asked. */
  asked: (answers: Answers, ruleSet: RuleSet) => boolean;
}

const hasQualification = (a: Answers) => a.qualification !== undefined && a.qualification !== 'none';
const recognised = (a: Answers) => a.recognition === 'german' || a.recognition === 'full';
const notYetRecognised = (a: Answers) => hasQualification(a) && !recognised(a);
const salaryBelow = (a: Answers, line: number) =>
  a.annualSalaryEur === undefined || a.annualSalaryEur === null || a.annualSalaryEur < line;
const isFreeMover = (a: Answers, r: RuleSet) =>
  a.citizenship !== undefined && r.countries.freeMovement.includes(a.citizenship);

/**
 * The questions in the order they are asked. An EU citizen is done after the first; salary is
 * asked only with a job offer; the opportunity-card questions only for job seekers with a qualification.
 */
export const QUESTIONS: readonly Question[] = [
  { id: 'citizenship', kind: 'country', options: COUNTRY_CODES, asked: () => true },
  { id: 'jobOffer', kind: 'yes-no', asked: () => true },
  { id: 'annualSalaryEur', kind: 'money', min: 0, max: 10_000_000, asked: (a) => a.jobOffer === true },
  { id: 'qualification', kind: 'choice', options: QUALIFICATIONS, asked: () => true },
  { id: 'recognition', kind: 'choice', options: RECOGNITION_STATES, asked: hasQualification },
  {
    id: 'stateRecognisedAbroad',
    kind: 'yes-no',
    asked: (a) => hasQualification(a) && a.recognition !== 'german' && a.recognition !== 'full',
  },
  {
    id: 'degreeYearsAgo',
    kind: 'number',
    min: 0,
    max: 80,
    // Only decides the Blue Card's lower line: a recognised degree, an offer between the two lines.
    asked: (a, r) =>
      a.qualification === 'academic' &&
      recognised(a) &&
      a.jobOffer === true &&
      !salaryBelow(a, r.figures.blueCardLowerSalaryEur) &&
      salaryBelow(a, r.figures.blueCardStandardSalaryEur),
  },
  { id: 'itSpecialist', kind: 'yes-no', asked: (a) => a.jobOffer === true || hasQualification(a) },
  { id: 'shortageOccupation', kind: 'yes-no', asked: (a) => hasQualification(a) && a.itSpecialist !== true },
  {
    id: 'experienceYearsLast7',
    kind: 'number',
    min: 0,
    max: 7,
    asked: (a) => hasQualification(a) || a.itSpecialist === true,
  },
  {
    id: 'experienceYearsLast5',
    kind: 'number',
    min: 0,
    max: 5,
    asked: (a) => (hasQualification(a) || a.itSpecialist === true) && (a.experienceYearsLast7 ?? 0) > 0,
  },
  {
    id: 'collectiveAgreement',
    kind: 'yes-no',
    asked: (a, r) =>
      a.jobOffer === true &&
      hasQualification(a) &&
      (a.stateRecognisedAbroad === true || recognised(a)) &&
      salaryBelow(a, r.figures.experienceBasedSalaryEur),
  },
  { id: 'germanLevel', kind: 'choice', options: LANGUAGE_LEVELS, asked: () => true },
  { id: 'englishLevel', kind: 'choice', options: LANGUAGE_LEVELS, asked: hasQualification },
  { id: 'age', kind: 'number', min: 14, max: 100, asked: () => true },
  {
    id: 'pensionProof',
    kind: 'yes-no',
    asked: (a, r) =>
      a.jobOffer === true && recognised(a) && hasQualification(a) && (a.age ?? 0) >= r.limits.ageRuleFrom,
  },
  {
    id: 'priorStayMonthsLast5',
    kind: 'number',
    min: 0,
    max: 60,
    asked: (a) => notYetRecognised(a) && a.jobOffer === false,
  },
  { id: 'spouseEligible', kind: 'yes-no', asked: (a) => notYetRecognised(a) && a.jobOffer === false },
  { id: 'fundsSecured', kind: 'yes-no', asked: (a) => hasQualification(a) && a.jobOffer === false },
];

/** The questions asked for these answers so far, in order; the list grows or shrinks as answers change. */
export function askedQuestions(answers: Answers, ruleSet: RuleSet): Question[] {
  if (isFreeMover(answers, ruleSet)) return QUESTIONS.slice(0, 1);
  return QUESTIONS.filter((question) => question.asked(answers, ruleSet));
}

/** The first asked question without an answer, or undefined when the check is complete. */
export function nextUnanswered(answers: Answers, ruleSet: RuleSet): Question | undefined {
  return askedQuestions(answers, ruleSet).find((question) => answers[question.id] === undefined);
}

const DEFAULTS: Required<Answers> = {
  citizenship: 'DE',
  qualification: 'none',
  recognition: 'none',
  stateRecognisedAbroad: false,
  degreeYearsAgo: null,
  itSpecialist: false,
  shortageOccupation: false,
  experienceYearsLast5: 0,
  experienceYearsLast7: 0,
  jobOffer: false,
  annualSalaryEur: null,
  collectiveAgreement: false,
  germanLevel: 'none',
  englishLevel: 'none',
  age: 30,
  priorStayMonthsLast5: 0,
  spouseEligible: false,
  fundsSecured: false,
  pensionProof: false,
};

/**
 * The profile the rules read. Answers to questions no longer asked (the person went back and
 * changed an earlier answer) are kept for going forward again but do not count.
 */
export function profileFromAnswers(
  answers: Answers,
  ruleSet: RuleSet,
  options: Pick<QuickcheckProfile, 'year' | 'audience'> = {},
): QuickcheckProfile {
  const profile: Record<string, unknown> = { ...DEFAULTS };
  for (const question of askedQuestions(answers, ruleSet)) {
    if (answers[question.id] !== undefined) profile[question.id] = answers[question.id];
  }
  // A qualification recognised in Germany presupposes its state recognition where it was obtained.
  if (answers.recognition === 'full' && hasQualification(answers)) profile.stateRecognisedAbroad = true;
  // Experience in the last 5 years cannot exceed that of the last 7.
  profile.experienceYearsLast5 = Math.min(Number(profile.experienceYearsLast5), Number(profile.experienceYearsLast7));
  return { ...(profile as QuickcheckProfile), ...options };
}
