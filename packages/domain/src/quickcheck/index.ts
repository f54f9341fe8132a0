export * from './rules/index.js';
export * from './questions/index.js';
export { checkRuleSet, byValidity } from './rule-sets.js';
