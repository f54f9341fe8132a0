export {
  WelcomeAppointmentPicker,
  type BookingConfirmedDetail,
  type BookingCancelledDetail,
} from './appointment-picker.js';
