/** `welcome-booking-confirmed`: ids and times only, never personal data. */
export interface BookingConfirmedDetail {
  id: string;
  topic: string;
  start: string;
  end: string;
}

/** `welcome-booking-held`: booked and held until the link in the mail confirms it; ids and times only. */
export interface BookingHeldDetail {
  id: string;
  topic: string;
  start: string;
  end: string;
  /** When the hold lapses unless confirmed. */
  holdExpiresAt: string;
}

/** `welcome-booking-cancelled`. */
export interface BookingCancelledDetail {
  id: string;
}
