export {
  QUESTIONS,
  askedQuestions,
  nextUnanswered,
  profileFromAnswers,
  type Answers,
  type Question,
  type QuestionId,
  type QuestionKind,
} from './questionnaire.js';
export { progressOf, questionAfter, questionBefore, lastQuestion } from './flow.js';
export { encodeAnswers, decodeAnswers, FRAGMENT_KEY } from './answers-in-fragment.js';
