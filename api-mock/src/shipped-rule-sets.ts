import type { RuleSet } from '@welcome-widgets/domain';
import { byValidity, checkRuleSet } from '@welcome-widgets/domain/quickcheck';
import ruleSet2025 from '@welcome-widgets/domain/rule-sets/2025.json' with { type: 'json' };
import ruleSet2026 from '@welcome-widgets/domain/rule-sets/2026.json' with { type: 'json' };

/** The rule sets shipped with the project, checked as the server checks its files at start. */
export const SHIPPED_RULE_SETS: readonly RuleSet[] = byValidity([
  checkRuleSet('2025.json', ruleSet2025),
  checkRuleSet('2026.json', ruleSet2026),
]);
