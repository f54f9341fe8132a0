export { WelcomeAppointmentPicker } from './appointment-picker.js';
export type { BookingHeldDetail, BookingConfirmedDetail, BookingCancelledDetail } from './events.js';
