import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleSet } from '@welcome-widgets/core/contracts';

/** The rule sets shipped with the project: one JSON file per year. */
export const SHIPPED_RULE_SETS_DIR = fileURLToPath(new URL('../../rule-sets/', import.meta.url));

/**
 * Reads and validates every `*.json` rule set in a folder (Node only). A malformed file stops
 * the start with its name and the problem, rather than serving wrong figures.
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
    const parsed = RuleSet.safeParse(data);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.code}`);
      throw new Error(`Rule set ${name} is invalid: ${problems.join('; ')}`);
    }
    return parsed.data;
  });
  if (sets.length === 0) throw new Error(`No rule sets (*.json) in ${dir}`);
  return sets.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}
