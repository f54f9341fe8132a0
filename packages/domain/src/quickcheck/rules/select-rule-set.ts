import type { RuleSet } from '../../contracts/index.js';

/** The rule set whose validity covers the given year, or undefined when the county has none for it. */
export function ruleSetForYear(ruleSets: readonly RuleSet[], year: number): RuleSet | undefined {
  return ruleSets.find((set) => yearOf(set.validFrom) <= year && year <= yearOf(set.validUntil));
}

/** The rule set valid on a day (ISO date); the latest that has started if none covers the day. */
export function ruleSetOn(ruleSets: readonly RuleSet[], isoDay: string): RuleSet | undefined {
  const started = ruleSets
    .filter((set) => set.validFrom <= isoDay)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return started.find((set) => isoDay <= set.validUntil) ?? started[0];
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
