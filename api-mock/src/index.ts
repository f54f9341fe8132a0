export { SCENARIOS, type Scenario } from './scenarios.js';
export { newsletterHandlers, MOCK_VALID_TOKEN } from './newsletter-handlers.js';
export { mockFetch } from './mock-fetch.js';
