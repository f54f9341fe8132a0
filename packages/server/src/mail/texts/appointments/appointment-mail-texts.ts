/**
 * Everything an appointment mail says, per language; one file per language beside this one.
 * Nothing typed by the booker appears in a mail (the address was not verified: no free text
 * for strangers to send through us), only the county's own texts and the booking's facts.
 */
export interface AppointmentMailTexts {
  /** `when` is the start in the booker's time zone, short. */
  confirmSubject: (topic: string, when: string) => string;
  cancelSubject: (topic: string, when: string) => string;
  greeting: string;
  confirmIntro: string;
  cancelledIntro: string;
  topicLabel: string;
  /** The time in the booker's zone. */
  timeLabel: string;
  /** The same time in the consultants' zone, shown when it differs. */
  consultantTimeLabel: string;
  languageLabel: string;
  videoAction: string;
  calendarAction: string;
  cancelAction: string;
  notYou: string;
  cancelledCalendarHint: string;
  rebookAction: string;
  signature: (publisher: string) => string;
  /** SUMMARY of the calendar entry. */
  calendarSummary: (topic: string) => string;
  calendarVideo: string;
  calendarCancel: string;
}
