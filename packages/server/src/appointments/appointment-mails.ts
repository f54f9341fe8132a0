import { appointmentTime, type SupportedLocale } from '@welcome-widgets/domain';
import type { MailContent } from '../mail/mailer.js';
import { renderMail } from '../mail/render-mail.js';
import { appointmentMailTexts } from '../mail/texts/appointments/index.js';
import { buildIcs, type IcsMethod, type IcsPerson } from '@welcome-widgets/domain/appointments';

/** What a mail or calendar file says about one booking. */
export interface BookingFacts {
  id: string;
  topicTitle: string;
  start: Date;
  end: Date;
  /** Language of the talk (may be beyond the seven, e.g. `fr`). */
  language: string;
  mailLanguage: SupportedLocale;
  /** The booker's zone, and the consultants'. */
  timeZone: string;
  consultantTimeZone: string;
  name: string;
  email: string;
  requestedAt: Date;
  cancelledAt: Date | null;
  /** Held until the link in the hold mail confirms it: its calendar file is tentative. */
  held: boolean;
}

export interface BookingLinks {
  /**
   * The booking page's confirm view (`?appointment=<id>&appointment-confirm=<token>&lang=`), in
   * the hold mail only: opening it confirms the held booking.
   */
  confirm: string;
  /**
   * The booking page's room view (`?appointment=<id>&appointment-room=<token>&lang=`): it shows
   * when the talk starts in the person's zone and, from the server, the consultants' video link.
   */
  room: string;
  /** The county's booking page with the cancel token, where the widget cancels. */
  cancel: string;
  /** The booking page without a token, to book again. */
  rebook: string;
  /** `GET /api/v1/appointments/{id}/ics?token=`. */
  ics: string;
}

export interface MailSettings {
  publisher: string;
  /** Host part of calendar UIDs. */
  uidHost: string;
  organizer?: IcsPerson;
}

export const ICS_FILENAME = 'beratung.ics';

function shortWhen(language: SupportedLocale, start: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(start);
}

function languageName(mailLanguage: SupportedLocale, language: string): string {
  try {
    return new Intl.DisplayNames(mailLanguage, { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

function factLines(booking: BookingFacts): string[] {
  const t = appointmentMailTexts[booking.mailLanguage];
  const lines = [
    `${t.topicLabel}: ${booking.topicTitle}`,
    `${t.timeLabel}: ${appointmentTime(booking.start, booking.end, booking.timeZone, booking.mailLanguage)}`,
  ];
  if (booking.timeZone !== booking.consultantTimeZone) {
    lines.push(
      `${t.consultantTimeLabel}: ${appointmentTime(booking.start, booking.end, booking.consultantTimeZone, booking.mailLanguage)}`,
    );
  }
  lines.push(`${t.languageLabel}: ${languageName(booking.mailLanguage, booking.language)}`);
  return lines;
}

/** The calendar entry: REQUEST in the confirmation, CANCEL in the cancellation, PUBLISH for download. */
export function bookingIcs(
  booking: BookingFacts,
  links: BookingLinks,
  settings: MailSettings,
  method: IcsMethod,
): string {
  const t = appointmentMailTexts[booking.mailLanguage];
  const cancelled = booking.cancelledAt !== null || method === 'CANCEL';
  const description = cancelled
    ? booking.topicTitle
    : `${booking.topicTitle}\n${t.calendarVideo}: ${links.room}\n${t.calendarCancel}: ${links.cancel}`;
  return buildIcs({
    method,
    uid: `${booking.id}@${settings.uidHost}`,
    stamp: booking.cancelledAt ?? booking.requestedAt,
    start: booking.start,
    end: booking.end,
    summary: t.calendarSummary(booking.topicTitle),
    description,
    url: links.room,
    status: cancelled ? 'CANCELLED' : booking.held ? 'TENTATIVE' : 'CONFIRMED',
    sequence: cancelled ? 1 : 0,
    language: booking.mailLanguage,
    ...(method === 'PUBLISH'
      ? {}
      : {
          ...(settings.organizer ? { organizer: settings.organizer } : {}),
          attendee: { name: booking.name, email: booking.email },
        }),
  });
}

/** Addressed to the booker, marked automatic, with the calendar file that adds or removes the event. */
function withCalendarFile(
  mail: ReturnType<typeof renderMail>,
  booking: BookingFacts,
  links: BookingLinks,
  settings: MailSettings,
  method: 'REQUEST' | 'CANCEL',
): MailContent {
  return {
    to: booking.email,
    ...mail,
    headers: { 'Auto-Submitted': 'auto-generated' },
    attachments: [
      {
        filename: ICS_FILENAME,
        content: bookingIcs(booking, links, settings, method),
        contentType: `text/calendar; charset=utf-8; method=${method}`,
      },
    ],
  };
}

/** The end of a hold as the booker reads it: the time of day in their zone, with the zone's short name. */
function holdEndIn(language: SupportedLocale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(at);
}

/**
 * The mail that holds a booking: what and when, and the link that confirms it within the hold
 * time. No calendar file yet: nothing goes into a calendar before the address is proven.
 */
export function holdMail(
  booking: BookingFacts,
  links: BookingLinks,
  settings: MailSettings,
  hold: { minutes: number; expiresAt: Date },
): MailContent {
  const t = appointmentMailTexts[booking.mailLanguage];
  const mail = renderMail({
    language: booking.mailLanguage,
    subject: t.holdSubject(booking.topicTitle, shortWhen(booking.mailLanguage, booking.start, booking.timeZone)),
    paragraphs: [t.greeting, t.holdIntro, ...factLines(booking)],
    link: {
      label: t.holdAction(hold.minutes, holdEndIn(booking.mailLanguage, hold.expiresAt, booking.timeZone)),
      url: links.confirm,
    },
    afterLink: [t.holdNotYou],
    signature: t.signature(settings.publisher),
  });
  return { to: booking.email, ...mail, headers: { 'Auto-Submitted': 'auto-generated' } };
}

export function confirmationMail(booking: BookingFacts, links: BookingLinks, settings: MailSettings): MailContent {
  const t = appointmentMailTexts[booking.mailLanguage];
  const mail = renderMail({
    language: booking.mailLanguage,
    subject: t.confirmSubject(booking.topicTitle, shortWhen(booking.mailLanguage, booking.start, booking.timeZone)),
    paragraphs: [t.greeting, t.confirmIntro, ...factLines(booking)],
    link: { label: t.videoAction, url: links.room },
    moreLinks: [
      { label: t.calendarAction, url: links.ics },
      { label: t.cancelAction, url: links.cancel },
    ],
    afterLink: [t.notYou],
    signature: t.signature(settings.publisher),
  });
  return withCalendarFile(mail, booking, links, settings, 'REQUEST');
}

/** `staffReason`: the consultation team cancelled (the console) and gave this reason, which the mail quotes. */
export function cancellationMail(
  booking: BookingFacts,
  links: BookingLinks,
  settings: MailSettings,
  staffReason?: string,
): MailContent {
  const t = appointmentMailTexts[booking.mailLanguage];
  const intro =
    staffReason === undefined ? [t.cancelledIntro] : [t.cancelledByUsIntro, `${t.cancelReasonLabel}: ${staffReason}`];
  const mail = renderMail({
    language: booking.mailLanguage,
    subject: t.cancelSubject(booking.topicTitle, shortWhen(booking.mailLanguage, booking.start, booking.timeZone)),
    paragraphs: [t.greeting, ...intro, ...factLines(booking), t.cancelledCalendarHint],
    link: { label: t.rebookAction, url: links.rebook },
    signature: t.signature(settings.publisher),
  });
  return withCalendarFile(mail, booking, links, settings, 'CANCEL');
}
