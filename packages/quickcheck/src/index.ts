export { WelcomeQuickcheck, type QuickcheckCompleteDetail } from './quickcheck.js';
export {
  evaluate,
  ruleSetForYear,
  ruleSetOn,
  opportunityCardPoints,
  NOTE_CODES,
  type NoteCode,
} from '@welcome-widgets/domain/quickcheck';
export { consultationTopic, type ConsultationTopic } from './consultation-topic.js';
