import type { RuleSet } from '@welcome-widgets/core/contracts';
import { askedQuestions, type Answers, type QuestionId } from './questionnaire.js';

/**
 * Answers that lead through the usual path (a third-country national with a vocational
 * qualification and a job offer); they only estimate how many questions are still to come.
 */
const TYPICAL: Answers = {
  citizenship: 'IN',
  jobOffer: true,
  annualSalaryEur: 40_000,
  qualification: 'vocational',
  recognition: 'none',
  stateRecognisedAbroad: true,
  itSpecialist: false,
  experienceYearsLast7: 3,
};

/**
 * Where a question stands: "question 3 of 11". The total counts the questions asked for the
 * answers so far, with typical answers for those still open, so that it does not jump at every step.
 */
export function progressOf(id: QuestionId, answers: Answers, ruleSet: RuleSet): { position: number; total: number } {
  const answered = askedQuestions(answers, ruleSet);
  const position = answered.findIndex((q) => q.id === id) + 1;
  const estimate = askedQuestions({ ...TYPICAL, ...answers }, ruleSet).length;
  return { position, total: Math.max(position, estimate) };
}

/** The question after this one for the answers given so far; undefined when the result is due. */
export function questionAfter(id: QuestionId, answers: Answers, ruleSet: RuleSet): QuestionId | undefined {
  const asked = askedQuestions(answers, ruleSet);
  return asked[asked.findIndex((q) => q.id === id) + 1]?.id;
}

/** The question before this one; undefined on the first. */
export function questionBefore(id: QuestionId, answers: Answers, ruleSet: RuleSet): QuestionId | undefined {
  const asked = askedQuestions(answers, ruleSet);
  const index = asked.findIndex((q) => q.id === id);
  return index > 0 ? asked[index - 1]?.id : undefined;
}

/** The last question asked, where "change answers" on the result returns to. */
export function lastQuestion(answers: Answers, ruleSet: RuleSet): QuestionId {
  const asked = askedQuestions(answers, ruleSet);
  return asked[asked.length - 1]?.id ?? 'citizenship';
}
