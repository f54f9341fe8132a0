/** How the mocked backend behaves; every widget state has one. */
export const SCENARIOS = ['ok', 'slow', 'error', 'malformed', 'offline', 'rate-limited', 'validation'] as const;
export type Scenario = (typeof SCENARIOS)[number];
