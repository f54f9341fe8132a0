import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const en: NewsletterMailTexts = {
  confirmSubject: 'Please confirm your newsletter subscription',
  greeting: 'Hello,',
  confirmIntro: (publisher) =>
    `You, or someone using your e-mail address, would like to receive the newsletter of ${publisher} or change its topics.`,
  topicsLabel: 'Chosen topics',
  confirmAction: (expiresAt) => `Please confirm your subscription with this link. It works once, until ${expiresAt}:`,
  confirmIgnore:
    'If this was not you, simply ignore this e-mail. Without confirmation we send you nothing and delete your address when the link expires.',
  welcomeSubject: 'Your newsletter subscription is confirmed',
  welcomeBody: (publisher) =>
    `thank you: your subscription to the newsletter of ${publisher} is confirmed. You will receive it from the next issue on.`,
  unsubscribeLabel: 'Unsubscribe at any time with one click',
  signature: (publisher) => `Your team at ${publisher}`,
  topics: {
    employers: 'For employers',
    'skilled-workers': 'For skilled workers',
    events: 'Events',
    'legal-changes': 'Changes in the law',
  },
};
