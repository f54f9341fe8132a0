export * from './locales.js';
export * from './errors.js';
export * from './health.js';
export * from './newsletter.js';
export * from './field-errors.js';
export * from './countries.js';
export * from './quickcheck.js';
export * from './appointments.js';
