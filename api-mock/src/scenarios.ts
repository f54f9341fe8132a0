/**
 * How the mocked backend behaves; every widget state has one. `conflict` only changes bookings
 * (the first one answers 409); elsewhere it behaves like `ok`.
 */
export const SCENARIOS = [
  'ok',
  'slow',
  'error',
  'malformed',
  'offline',
  'rate-limited',
  'validation',
  'conflict',
] as const;
export type Scenario = (typeof SCENARIOS)[number];
