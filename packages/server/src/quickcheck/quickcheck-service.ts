import {
  type Audience,
  type QuickcheckDefinition,
  type QuickcheckProfile,
  type QuickcheckResult,
  type RuleSet,
  type SupportedLocale,
} from '@welcome-widgets/core';
import { QUESTIONS } from '@welcome-widgets/quickcheck/questions';
import { loadRuleSets } from '@welcome-widgets/quickcheck/rule-sets/node';
import { evaluate, ruleSetForYear, ruleSetOn } from '@welcome-widgets/quickcheck/rules';

/** The county's legal calendar: a rule set changes at midnight in Germany, not in UTC. */
const LEGAL_TIME_ZONE = 'Europe/Berlin';

/**
 * Reads the rule sets once at start. A missing folder or a malformed file stops the start with
 * the folder, the file and the problem, rather than serving wrong figures.
 */
export function loadQuickcheckRuleSets(dir: string): RuleSet[] {
  try {
    return loadRuleSets(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot load the quickcheck rule sets from ${dir} (QUICKCHECK_RULE_SETS_DIR): ${reason}`);
  }
}

/** Today's date (YYYY-MM-DD) in Germany. */
export function berlinDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: LEGAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The questionnaire as data: ids, kinds and options; the conditions stay in the widget's code. */
const QUESTION_LIST: QuickcheckDefinition['questions'] = QUESTIONS.map(({ id, kind, options }) =>
  options ? { id, kind, options: [...options] } : { id, kind },
);

/** Stateless: holds the rule sets read at start, stores and logs nothing about a profile. */
export class QuickcheckService {
  constructor(
    private readonly ruleSets: readonly RuleSet[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The rule set for a year, or, without one, the set valid today; undefined when the county has none. */
  ruleSetFor(year: number | undefined): RuleSet | undefined {
    return year === undefined ? ruleSetOn(this.ruleSets, berlinDate(this.now())) : ruleSetForYear(this.ruleSets, year);
  }

  /** Undefined when there is no rule set for the year asked for. */
  definition(options: {
    language: SupportedLocale;
    audience: Audience;
    year?: number | undefined;
  }): QuickcheckDefinition | undefined {
    const current = this.ruleSetFor(options.year);
    if (!current) return undefined;
    return {
      audience: options.audience,
      language: options.language,
      current,
      ruleSets: [...this.ruleSets],
      questions: QUESTION_LIST,
    };
  }

  /** Undefined when there is no rule set for the profile's year. */
  evaluate(profile: QuickcheckProfile): QuickcheckResult | undefined {
    const ruleSet = this.ruleSetFor(profile.year);
    return ruleSet ? evaluate(profile, ruleSet) : undefined;
  }
}
