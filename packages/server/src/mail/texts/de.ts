import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const de: NewsletterMailTexts = {
  confirmSubject: 'Bitte bestätigen Sie Ihr Newsletter-Abonnement',
  greeting: 'Guten Tag,',
  confirmIntro: (publisher) =>
    `Sie oder jemand mit Ihrer E-Mail-Adresse möchte unseren Newsletter erhalten oder die Themen ändern (Absender: ${publisher}).`,
  topicsLabel: 'Gewählte Themen',
  confirmAction: (expiresAt) =>
    `Bitte bestätigen Sie das Abonnement mit diesem Link. Er gilt einmal, bis ${expiresAt}:`,
  confirmIgnore:
    'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail einfach. Ohne Bestätigung senden wir Ihnen nichts und löschen Ihre Adresse nach Ablauf des Links.',
  welcomeSubject: 'Ihr Newsletter-Abonnement ist bestätigt',
  welcomeBody: (publisher) =>
    `vielen Dank: Ihr Newsletter-Abonnement ist bestätigt (Absender: ${publisher}). Sie erhalten den Newsletter ab der nächsten Ausgabe.`,
  unsubscribeLabel: 'Newsletter abbestellen, jederzeit mit einem Klick',
  signature: (publisher) => `Mit freundlichen Grüßen\n${publisher}`,
  topics: {
    employers: 'Für Arbeitgeber',
    'skilled-workers': 'Für Fachkräfte',
    events: 'Veranstaltungen',
    'legal-changes': 'Rechtsänderungen',
  },
};
