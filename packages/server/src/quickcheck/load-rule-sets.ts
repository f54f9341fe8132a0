import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSet } from '@welcome-widgets/domain';
import { byValidity, checkRuleSet } from '@welcome-widgets/domain/quickcheck';

/**
 * The rule sets shipped with the project: one JSON file per year, in the domain package (the
 * mocks and the evaluator's tests import them from there), beside the server in the workspace.
 */
export const SHIPPED_RULE_SETS_DIR = fileURLToPath(new URL('../../../domain/rule-sets/', import.meta.url));

/**
 * Reads and validates every `*.json` rule set in a folder. A malformed file stops the start with
 * its name and the problem, rather than serving wrong figures.
 */
export function loadRuleSets(dir: string = SHIPPED_RULE_SETS_DIR): RuleSet[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const sets = files.map((name) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`Rule set ${name} is not readable JSON: ${error instanceof Error ? error.message : error}`);
    }
    return checkRuleSet(name, data);
  });
  if (sets.length === 0) throw new Error(`No rule sets (*.json) in ${dir}`);
  return byValidity(sets);
}
