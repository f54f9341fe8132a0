export { SCENARIOS, type Scenario } from './scenarios.js';
export { newsletterHandlers, MOCK_VALID_TOKEN, MOCK_USED_TOKEN } from './newsletter-handlers.js';
export { quickcheckHandlers } from './quickcheck-handlers.js';
export {
  appointmentHandlers,
  MOCK_APPOINTMENT_TOPICS,
  MOCK_BOOKING_ID,
  MOCK_CANCEL_TOKEN,
  MOCK_CANCELLED_BOOKING_ID,
  MOCK_EXPIRED_HOLD_ID,
  MOCK_HELD_BOOKING_ID,
  MOCK_HOLD_MINUTES,
  MOCK_MAX_OPEN_PER_ADDRESS,
  MOCK_RETENTION_DAYS,
} from './appointment-handlers.js';
export { SHIPPED_RULE_SETS } from './shipped-rule-sets.js';
export { mockFetch } from './mock-fetch.js';
export { faqHandlers } from './faq-handlers.js';
export { dashboardHandlers, MOCK_DASHBOARD_METRIC_IDS } from './dashboard-handlers.js';
