/**
 * How the mocked backend behaves; every widget state has one. `conflict` only changes bookings
 * (the first one answers 409); elsewhere it behaves like `ok`. `origin-not-allowed` is a partner
 * page the county has not put on ALLOWED_ORIGINS yet (the server's 403 that page may read).
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
  'origin-not-allowed',
] as const;
export type Scenario = (typeof SCENARIOS)[number];
