// The booking form, loaded when a time is chosen (fetched earlier, while the times are on screen).
export { BookingController } from '../controllers/booking-controller.js';
export { formStep } from '../steps/form-step.js';
