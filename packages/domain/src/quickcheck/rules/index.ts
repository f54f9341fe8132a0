export { evaluate } from './evaluate.js';
export { opportunityCardPoints, sumOfPoints, type PointsCriterion } from './opportunity-card-points.js';
export { ruleSetForYear, ruleSetOn } from './select-rule-set.js';
export { NOTE_CODES, type NoteCode } from './notes.js';
export { atLeast } from './levels.js';
