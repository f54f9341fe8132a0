// Size budgets (gzip -9 bytes, German) checked by e2e/size-budgets.test.ts in `npm test` and by
// `npm run bench:sizes`. Today's sizes + 5 % (never above a goal that is met), measured 2026-12-08
// (bench/results/widget-sizes.json): they stop growth; lower them as the bytes shrink towards GOALS.
import type { BundleBytes } from './support/widget-bytes.js';

export const SIZE_BUDGETS = {
  autoloader: 1_326,
  firstWidget: {
    'welcome-newsletter-signup': 26_495,
    'welcome-quickcheck': 29_635,
    'welcome-appointment-picker': 32_080,
    'welcome-faq-search': 26_123,
    'welcome-dashboard': 27_000,
    'welcome-dashboard-tile': 27_000,
  } as Record<string, number>,
  furtherWidget: {
    'welcome-newsletter-signup': 6_921,
    'welcome-quickcheck': 10_061,
    'welcome-appointment-picker': 12_506,
    'welcome-faq-search': 6_549,
    'welcome-dashboard': 7_426,
    'welcome-dashboard-tile': 7_426,
  } as Record<string, number>,
  /** What loads on demand after the first view (the newsletter has nothing to load later). */
  later: {
    'welcome-newsletter-signup': 0,
    'welcome-quickcheck': 14_780,
    'welcome-appointment-picker': 11_638,
    'welcome-faq-search': 6_954,
    'welcome-dashboard': 7_851,
    'welcome-dashboard-tile': 7_851,
  } as Record<string, number>,
};

/** Issue 15's goals; bench/README.md says which are met. */
export const GOALS = {
  firstWidget: {
    'welcome-newsletter-signup': 20_000,
    'welcome-quickcheck': 26_000,
    'welcome-appointment-picker': 26_000,
    'welcome-faq-search': 24_000,
    'welcome-dashboard': 24_000,
    'welcome-dashboard-tile': 24_000,
  } as Record<string, number>,
  furtherWidget: {
    'welcome-newsletter-signup': 8_000,
    'welcome-quickcheck': 13_000,
    'welcome-appointment-picker': 13_000,
    'welcome-faq-search': 13_000,
    'welcome-dashboard': 8_000,
    'welcome-dashboard-tile': 8_000,
  } as Record<string, number>,
  /** Sequential round trips before a widget's first API request: the autoloader, then all the widget's chunks at once. */
  roundTrips: 2,
};

/** Every budget the bundle exceeds, or a widget without one, as sentences. */
export function overBudget(bytes: BundleBytes): string[] {
  const problems: string[] = [];
  if (bytes.autoloader > SIZE_BUDGETS.autoloader) {
    problems.push(`autoloader: ${bytes.autoloader} B gzip, budget ${SIZE_BUDGETS.autoloader} B`);
  }
  for (const [tag, widget] of Object.entries(bytes.widgets)) {
    for (const kind of ['firstWidget', 'furtherWidget', 'later'] as const) {
      const budget = SIZE_BUDGETS[kind][tag];
      if (budget === undefined) problems.push(`<${tag}>: no ${kind} budget in bench/size-budgets.ts`);
      else if (widget[kind] > budget) problems.push(`<${tag}> ${kind}: ${widget[kind]} B gzip, budget ${budget} B`);
    }
  }
  return problems;
}
