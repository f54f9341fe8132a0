// Size budgets (gzip -9 bytes, German) checked by e2e/size-budgets.test.ts in `npm test` and by
// `npm run bench:sizes`. Today's sizes + 5 %, measured 2026-12-07 (bench/results/widget-sizes.json):
// they stop growth now; lower them as slices of issue 15 shrink the bytes towards GOALS.
import type { BundleBytes } from './support/widget-bytes.js';

export const SIZE_BUDGETS = {
  autoloader: 1_298,
  firstWidget: {
    'welcome-newsletter-signup': 35_416,
    'welcome-quickcheck': 51_660,
    'welcome-appointment-picker': 49_564,
    'welcome-faq-search': 42_097,
    'welcome-dashboard': 40_523,
    'welcome-dashboard-tile': 40_523,
  } as Record<string, number>,
  furtherWidget: {
    'welcome-newsletter-signup': 8_101,
    'welcome-quickcheck': 24_346,
    'welcome-appointment-picker': 22_249,
    'welcome-faq-search': 14_782,
    'welcome-dashboard': 13_208,
    'welcome-dashboard-tile': 13_208,
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
    for (const kind of ['firstWidget', 'furtherWidget'] as const) {
      const budget = SIZE_BUDGETS[kind][tag];
      if (budget === undefined) problems.push(`<${tag}>: no ${kind} budget in bench/size-budgets.ts`);
      else if (widget[kind] > budget) problems.push(`<${tag}> ${kind}: ${widget[kind]} B gzip, budget ${budget} B`);
    }
  }
  return problems;
}
