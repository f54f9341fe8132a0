export * from './contracts/index.js';
export { toSupportedLocale, textDirection } from './locale/supported-locale.js';
export { zoneLabel } from './locale/zone-label.js';
export { appointmentTime } from './locale/appointment-time.js';
export { WIDGETS_VERSION } from './version.js';
