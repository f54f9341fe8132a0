export { WelcomeAppointmentPicker } from './appointment-picker.js';
export type { BookingConfirmedDetail, BookingCancelledDetail } from './events.js';
