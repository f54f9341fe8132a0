import type { Audience, QuickcheckResult, RuleSet } from '@welcome-widgets/domain';
import { evaluate, profileFromAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';

// What the first question does not need, in one chunk loaded while it is on screen (./later-chunk-source.ts):
// the other questions' texts and controls, typed numbers, the search aliases of country names, the rules evaluation, the result
// with its texts, and the summary of answers (reached from the result only).
export { optionText, questionText, yesNoText } from '../texts/question-texts.js';
export { answerErrorText, monthlyHint, questionControl } from '../steps/question-controls.js';
export { aliasesOf } from '../ui/country-aliases.js';
export { formatLocaleNumber, readNumber } from '../controllers/number-answer.js';
export { resultView } from '../steps/result-view.js';
export { answersSummary } from '../steps/answers-summary.js';
export { noteFormat } from '../format/note-format.js';
export { laterStyles } from './later-styles.js';

/** Evaluated in the browser: the answers never leave the device. */
export function evaluateAnswers(answers: Answers, ruleSet: RuleSet, audience: Audience): QuickcheckResult {
  const year = Number(ruleSet.validFrom.slice(0, 4));
  return evaluate(profileFromAnswers(answers, ruleSet, { year, audience }), ruleSet);
}
