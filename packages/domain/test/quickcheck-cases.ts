import { readFileSync } from 'node:fs';
import type { PathwayId, QuickcheckProfile } from '../src/contracts/index.js';

export interface QuickcheckCase {
  name: string;
  profile: QuickcheckProfile;
  expect: { pathways: PathwayId[]; opportunityCardPoints: number | null; withAgeCondition: PathwayId[] };
}

/** The domain's reference cases (quickcheck-cases.json of the shared domain notes), copied into fixtures/. */
export function quickcheckCases(): QuickcheckCase[] {
  const url = new URL('./fixtures/quickcheck-cases.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: QuickcheckCase[] }).cases;
}
