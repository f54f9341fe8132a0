import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const en: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Please confirm your appointment: ${topic}, ${when}`,
  holdIntro: 'thank you for your booking. We are holding this appointment for you:',
  holdAction: (minutes, until) =>
    `Please confirm the appointment within ${minutesIn('en', minutes, { one: 'minute', other: 'minutes' })} (by ${until}) with this link. Otherwise the time will be released for others:`,
  holdNotYou:
    'You did not book this appointment? Then you need not do anything: without confirmation the time is released and we delete the details.',
  confirmSubject: (topic, when) => `Appointment confirmed: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Appointment cancelled: ${topic}, ${when}`,
  greeting: 'Hello,',
  confirmIntro: 'thank you for your booking. Your online consultation is confirmed.',
  cancelledIntro: 'as you requested, we have cancelled your consultation.',
  cancelledByUsIntro: 'unfortunately we have to cancel your consultation. We apologise.',
  cancelReasonLabel: 'Reason',
  topicLabel: 'Topic',
  timeLabel: 'Date and time',
  consultantTimeLabel: 'Time at our office',
  languageLabel: 'Language of the consultation',
  videoAction:
    'At the time of your appointment, please open this link to the video call. All you need is an up-to-date browser with a camera and microphone:',
  calendarAction: 'The appointment for your calendar is attached (beratung.ics) and also available here:',
  cancelAction: 'If you cannot attend, please cancel here so that someone else can use the time:',
  notYou:
    'You did not book this appointment? Then please cancel it with the link above. We use your details only for this appointment.',
  cancelledCalendarHint: 'Open the attachment (beratung.ics) to remove the appointment from your calendar.',
  rebookAction: 'If you would like a new appointment, you can book one here:',
  signature: (publisher) => `Kind regards\nYour team at ${publisher}`,
  calendarSummary: (topic) => `Consultation: ${topic}`,
  calendarVideo: 'Video call',
  calendarCancel: 'Cancel the appointment',
};
