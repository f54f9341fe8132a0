import type { RuleSet } from '../src/contracts/index.js';
import { byValidity, checkRuleSet } from '../src/quickcheck/rule-sets.js';
import ruleSet2025 from '../rule-sets/2025.json' with { type: 'json' };
import ruleSet2026 from '../rule-sets/2026.json' with { type: 'json' };

/** The rule sets shipped in rule-sets/, checked and oldest first, as the server loads them. */
export function shippedRuleSets(): RuleSet[] {
  return byValidity([checkRuleSet('2025.json', ruleSet2025), checkRuleSet('2026.json', ruleSet2026)]);
}
