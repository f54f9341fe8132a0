import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const de: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Bitte bestätigen Sie Ihren Termin: ${topic}, ${when}`,
  holdIntro: 'vielen Dank für Ihre Buchung. Wir halten diesen Termin für Sie frei:',
  holdAction: (minutes, until) =>
    `Bitte bestätigen Sie den Termin innerhalb von ${minutesIn('de', minutes, { one: 'Minute', other: 'Minuten' })} (bis ${until}) mit diesem Link. Sonst wird die Zeit wieder für andere freigegeben:`,
  holdNotYou:
    'Sie haben diesen Termin nicht gebucht? Dann müssen Sie nichts tun: Ohne Bestätigung wird die Zeit freigegeben und wir löschen die Angaben.',
  confirmSubject: (topic, when) => `Terminbestätigung: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Termin abgesagt: ${topic}, ${when}`,
  greeting: 'Guten Tag,',
  confirmIntro: 'vielen Dank für Ihre Buchung. Ihr Termin für eine Online-Beratung ist bestätigt.',
  cancelledIntro: 'wie gewünscht haben wir Ihren Beratungstermin abgesagt.',
  cancelledByUsIntro: 'leider müssen wir Ihren Beratungstermin absagen. Bitte entschuldigen Sie.',
  cancelReasonLabel: 'Grund',
  topicLabel: 'Thema',
  timeLabel: 'Termin',
  consultantTimeLabel: 'Uhrzeit der Beratungsstelle',
  languageLabel: 'Gesprächssprache',
  videoAction:
    'Zum Termin öffnen Sie bitte diesen Link zum Videogespräch. Sie brauchen nur einen aktuellen Browser mit Kamera und Mikrofon:',
  calendarAction: 'Den Termin für Ihren Kalender finden Sie im Anhang (beratung.ics) und hier:',
  cancelAction:
    'Falls Sie nicht teilnehmen können, sagen Sie den Termin bitte hier ab, damit jemand anderes ihn nutzen kann:',
  notYou:
    'Sie haben diesen Termin nicht gebucht? Dann sagen Sie ihn bitte mit dem Link oben ab. Ihre Angaben verwenden wir nur für diesen Termin.',
  cancelledCalendarHint: 'Mit dem Anhang (beratung.ics) entfernen Sie den Termin aus Ihrem Kalender.',
  rebookAction: 'Wenn Sie einen neuen Termin möchten, können Sie ihn hier buchen:',
  signature: (publisher) => `Mit freundlichen Grüßen\n${publisher}`,
  calendarSummary: (topic) => `Beratung: ${topic}`,
  calendarVideo: 'Videogespräch',
  calendarCancel: 'Termin absagen',
};
