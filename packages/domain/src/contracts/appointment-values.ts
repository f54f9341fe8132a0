// The appointment contract's plain values, without zod: the widget imports these, and a module
// that builds zod schemas would bring zod into its bundle (ADR 0019).

/**
 * Consultation topic ids are public: the quickcheck hands them over as `?topic=` and partners may
 * fix one with the `topic` attribute. The county edits titles, durations, languages and consultants.
 */
export const APPOINTMENT_TOPIC_IDS = [
  'employers',
  'work-visa',
  'recognition',
  'opportunity-card',
  'family-reunification',
] as const;
export type AppointmentTopicId = (typeof APPOINTMENT_TOPIC_IDS)[number];

/** Version of the booking consent text the widget shows; stored with every booking as proof. */
export const APPOINTMENT_CONSENT_VERSION = 'appointment-consent-2026-12';
/**
 * Every version the server accepts: 2026-11 said "deleted after the appointment"; 2026-12 names
 * the retention period ("N days after the appointment"), as the server purges. A page that still
 * runs the older widget keeps working and its bookings record the text it showed.
 */
export const APPOINTMENT_CONSENT_VERSIONS = ['appointment-consent-2026-11', APPOINTMENT_CONSENT_VERSION] as const;

/** An instant on the wire: ISO 8601 in UTC, e.g. 2026-03-31T07:00:00Z (seconds and milliseconds optional). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export const NAME_MAX_LENGTH = 200;
export const MESSAGE_MAX_LENGTH = 2000;

/** Booking ids and cancel tokens are random base64url strings. */
export const BOOKING_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
