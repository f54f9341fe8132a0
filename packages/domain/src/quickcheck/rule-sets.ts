import { RuleSetCheck, check, type RuleSet } from '../contracts/index.js';

/**
 * One rule set file's content, checked against the contract. A malformed file stops whoever
 * loads it (the server at start, the mocks at import) with its name and the problem, rather than
 * serving wrong figures. The check is the one generated from the zod contract (the same issue
 * codes), so loading rule sets in a browser, as the mocks do, needs no zod.
 */
export function checkRuleSet(name: string, data: unknown): RuleSet {
  const parsed = check(RuleSetCheck, data);
  if (parsed.issues) {
    const problems = parsed.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.code}`);
    throw new Error(`Rule set ${name} is invalid: ${problems.join('; ')}`);
  }
  return parsed.value;
}

/** Oldest first, by the day each set comes into force, whatever its file is called. */
export function byValidity(sets: readonly RuleSet[]): RuleSet[] {
  return [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}
