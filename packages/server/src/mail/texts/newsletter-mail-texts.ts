import type { NewsletterTopic } from '@welcome-widgets/domain';

/** Everything a newsletter mail says, per language. One file per language beside this one. */
export interface NewsletterMailTexts {
  confirmSubject: string;
  greeting: string;
  confirmIntro: (publisher: string) => string;
  topicsLabel: string;
  confirmAction: (expiresAt: string) => string;
  confirmIgnore: string;
  welcomeSubject: string;
  welcomeBody: (publisher: string) => string;
  unsubscribeLabel: string;
  signature: (publisher: string) => string;
  topics: Record<NewsletterTopic, string>;
}
