/**
 * Everything an appointment mail says, per language; one file per language beside this one.
 * Nothing typed by the booker appears in a mail (the address was not verified: no free text
 * for strangers to send through us), only the county's own texts and the booking's facts.
 */
export interface AppointmentMailTexts {
  /** The hold mail: the booking waits for the link in it. `when` is the start in the booker's zone, short. */
  holdSubject: (topic: string, when: string) => string;
  holdIntro: string;
  /** `minutes` is the hold time, `until` the time it lapses in the booker's zone; the confirm link follows. */
  holdAction: (minutes: number, until: string) => string;
  /** Said below the link: nobody has to do anything about a request they did not make. */
  holdNotYou: string;
  /** `when` is the start in the booker's time zone, short. */
  confirmSubject: (topic: string, when: string) => string;
  cancelSubject: (topic: string, when: string) => string;
  greeting: string;
  confirmIntro: string;
  cancelledIntro: string;
  /** When the consultation team cancelled (the console), not the booker. */
  cancelledByUsIntro: string;
  /** Label before the reason the team gave. */
  cancelReasonLabel: string;
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

/** "30 Minuten", "30 минут", "٣٠ دقيقة": the number in the language's digits, the noun in its plural form. */
export function minutesIn(
  language: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
  return `${new Intl.NumberFormat(language).format(count)} ${form}`;
}
