import { RuleSet } from '@welcome-widgets/core/contracts';
import ruleSet2025 from '@welcome-widgets/quickcheck/rule-sets/2025.json' with { type: 'json' };
import ruleSet2026 from '@welcome-widgets/quickcheck/rule-sets/2026.json' with { type: 'json' };
import * as z from 'zod/mini';

/** The rule sets shipped with the project, validated as the server validates its files at start. */
export const SHIPPED_RULE_SETS: readonly RuleSet[] = [ruleSet2025, ruleSet2026]
  .map((data) => z.parse(RuleSet, data))
  .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
