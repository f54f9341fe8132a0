import type { RuleSet } from '../../contracts/index.js';
import { askedQuestions, type Answers, type QuestionId } from './questionnaire.js';

/**
 * The step shown for a question: "Question 3". No total, because the number of questions depends
 * on answers not given yet, and a total that jumps ("2 of 14", then "4 of 13") reads as going
 * backwards. Earlier questions never depend on later answers, so going forward the step only grows.
 */
export function stepOf(id: QuestionId, answers: Answers, ruleSet: RuleSet): number {
  return askedQuestions(answers, ruleSet).findIndex((q) => q.id === id) + 1;
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
