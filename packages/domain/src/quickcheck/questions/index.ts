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
export { stepOf, questionAfter, questionBefore } from './flow.js';
export { encodeAnswers, decodeAnswers, FRAGMENT_KEY } from './answers-in-fragment.js';
