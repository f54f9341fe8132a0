import {
  toSupportedLocale,
  AUDIENCES,
  QuickcheckDefinition,
  QuickcheckProfile,
  QuickcheckResult,
  fieldErrorsFromIssues,
  type Audience,
  type RuleSet,
} from '@welcome-widgets/domain';
import { QUESTIONS, evaluate, ruleSetForYear, ruleSetOn } from '@welcome-widgets/domain/quickcheck';
import { HttpResponse, http, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { checked, scenarioResponse, validationError } from './respond.js';
import type { Scenario } from './scenarios.js';
import { SHIPPED_RULE_SETS } from './shipped-rule-sets.js';

const QUESTION_LIST: QuickcheckDefinition['questions'] = QUESTIONS.map(({ id, kind, options }) =>
  options ? { id, kind, options: [...options] } : { id, kind },
);

/** Today in Germany, where the rule sets change at midnight. */
function berlinToday(): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function ruleSetFor(year: number | undefined): RuleSet | undefined {
  return year === undefined ? ruleSetOn(SHIPPED_RULE_SETS, berlinToday()) : ruleSetForYear(SHIPPED_RULE_SETS, year);
}

const malformedJson = () =>
  HttpResponse.json(
    { error: { code: 'malformed_json', message: 'The body must be a JSON object.' }, requestId: 'mock-400' },
    { status: 400 },
  );

/**
 * The quickcheck backend from the shipped rule sets and the real evaluator, so stories and
 * component tests see the same pathways as the server. `validation` answers evaluate with a 422.
 */
export function quickcheckHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  return [
    http.get('*/api/v1/quickcheck', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const params = new URL(request.url).searchParams;
      const audience = params.get('audience') || 'worker';
      if (!(AUDIENCES as readonly string[]).includes(audience)) return validationError({ audience: 'not_allowed' });
      const year = params.get('year');
      if (year && !/^\d{4}$/.test(year)) return validationError({ year: 'invalid' });
      const current = ruleSetFor(year ? Number(year) : undefined);
      if (!current) return validationError({ year: 'not_allowed' });
      return HttpResponse.json(
        checked(QuickcheckDefinition, {
          audience: audience as Audience,
          language: toSupportedLocale(params.get('lang')),
          current,
          ruleSets: [...SHIPPED_RULE_SETS],
          questions: QUESTION_LIST,
        }),
      );
    }),
    http.post('*/api/v1/quickcheck/evaluate', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      if (scenario === 'validation') return validationError({ age: 'invalid' });
      let data: unknown;
      try {
        data = await request.json();
      } catch {
        return malformedJson();
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return malformedJson();
      const profile = z.safeParse(QuickcheckProfile, data);
      if (!profile.success) return validationError(fieldErrorsFromIssues(profile.error.issues, data));
      const ruleSet = ruleSetFor(profile.data.year);
      if (!ruleSet) return validationError({ year: 'not_allowed' });
      return HttpResponse.json(checked(QuickcheckResult, evaluate(profile.data, ruleSet)));
    }),
  ];
}
