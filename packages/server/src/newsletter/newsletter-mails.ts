import type { NewsletterTopic, SupportedLocale } from '@welcome-widgets/domain';
import type { MailContent } from '../mail/mailer.js';
import { renderMail } from '../mail/render-mail.js';
import { newsletterMailTexts } from '../mail/texts/index.js';

export interface MailLinks {
  pageUrl: string;
  apiUrl: string;
}

/**
 * Links open the county's newsletter page, where the widget redeems the token (mail scanners that
 * prefetch links do not run it); `lang` lets that page answer in the subscriber's language.
 */
export function pageLink(pageUrl: string, parameter: string, token: string, language: SupportedLocale): string {
  const url = new URL(pageUrl);
  url.searchParams.set('lang', language);
  url.searchParams.set(parameter, token);
  return url.href;
}

export function confirmationMail(options: {
  to: string;
  language: SupportedLocale;
  topics: NewsletterTopic[];
  token: string;
  expiresAt: Date;
  publisher: string;
  links: MailLinks;
}): MailContent {
  const t = newsletterMailTexts[options.language];
  const expires = new Intl.DateTimeFormat(options.language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
    timeZoneName: 'short',
  }).format(options.expiresAt);
  const mail = renderMail({
    language: options.language,
    subject: t.confirmSubject,
    paragraphs: [
      t.greeting,
      t.confirmIntro(options.publisher),
      `${t.topicsLabel}: ${topicList(options.language, options.topics)}`,
    ],
    link: {
      label: t.confirmAction(expires),
      url: pageLink(options.links.pageUrl, 'newsletter-confirm', options.token, options.language),
    },
    afterLink: [t.confirmIgnore],
    signature: t.signature(options.publisher),
  });
  return { to: options.to, ...mail, headers: { 'Auto-Submitted': 'auto-generated' } };
}

export function welcomeMail(options: {
  to: string;
  language: SupportedLocale;
  topics: NewsletterTopic[];
  unsubscribeToken: string;
  publisher: string;
  links: MailLinks;
}): MailContent {
  const t = newsletterMailTexts[options.language];
  const unsubscribe = unsubscribeLinks(options.links, options.unsubscribeToken, options.language);
  const mail = renderMail({
    language: options.language,
    subject: t.welcomeSubject,
    paragraphs: [
      t.greeting,
      t.welcomeBody(options.publisher),
      `${t.topicsLabel}: ${topicList(options.language, options.topics)}`,
    ],
    signature: t.signature(options.publisher),
    footer: { label: t.unsubscribeLabel, url: unsubscribe.page },
  });
  return { to: options.to, ...mail, headers: unsubscribe.headers };
}

/**
 * A subscriber's way out of every newsletter mail: the page link for the footer, and the headers
 * with which mail clients offer their own one-click unsubscribe button (RFC 8058).
 */
export function unsubscribeLinks(
  links: MailLinks,
  token: string,
  language: SupportedLocale,
): { page: string; headers: Record<string, string> } {
  const oneClick = `${links.apiUrl}/v1/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
  return {
    page: pageLink(links.pageUrl, 'newsletter-unsubscribe', token, language),
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** Joined as the language joins lists (Arabic uses its own comma, German says "und"). */
export function topicList(language: SupportedLocale, topics: NewsletterTopic[]): string {
  const t = newsletterMailTexts[language];
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(
    topics.map((topic) => t.topics[topic]),
  );
}
