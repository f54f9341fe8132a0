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
    const parsed = RuleSet.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`Rule set ${name} is invalid: ${parsed.error.message}`);
    return parsed.data;
  });
  if (sets.length === 0) throw new Error(`No rule sets (*.json) in ${dir}`);
  return sets.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}
