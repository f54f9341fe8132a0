export { WelcomeQuickcheck, type QuickcheckCompleteDetail } from './quickcheck.js';
export {
  evaluate,
  ruleSetForYear,
  ruleSetOn,
  opportunityCardPoints,
  NOTE_CODES,
  type NoteCode,
} from './rules/index.js';
export { consultationTopic, type ConsultationTopic } from './consultation-topic.js';
