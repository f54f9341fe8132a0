/** `welcome-booking-confirmed`: ids and times only, never personal data. */
export interface BookingConfirmedDetail {
  id: string;
  topic: string;
  start: string;
  end: string;
}

/** `welcome-booking-cancelled`. */
export interface BookingCancelledDetail {
  id: string;
}
