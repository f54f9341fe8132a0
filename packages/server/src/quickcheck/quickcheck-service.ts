import {
  type Audience,
  type QuickcheckDefinition,
  type QuickcheckProfile,
  type QuickcheckResult,
  type RuleSet,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { QUESTIONS, evaluate, ruleSetForYear, ruleSetOn } from '@welcome-widgets/domain/quickcheck';
import { BERLIN, zonedDate } from '@welcome-widgets/domain/time';
import { loadRuleSets } from './load-rule-sets.js';

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
    // A rule set changes at midnight in Germany, not in UTC.
    return year === undefined
      ? ruleSetOn(this.ruleSets, zonedDate(this.now(), BERLIN))
      : ruleSetForYear(this.ruleSets, year);
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
