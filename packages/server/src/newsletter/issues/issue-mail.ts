import type { NewsletterTopic, SupportedLocale } from '@welcome-widgets/domain';
import type { MailContent } from '../../mail/mailer.js';
import { renderMail } from '../../mail/render-mail.js';
import { newsletterMailTexts } from '../../mail/texts/index.js';
import { topicList, unsubscribeLinks, type MailLinks } from '../newsletter-mails.js';

/**
 * One subscriber's mail of an issue: the issue's body (already sanitised), the topics the person
 * chose (why they get it), and their own unsubscribe link in the footer and in `List-Unsubscribe`
 * with one-click POST (RFC 8058), like the welcome mail's.
 */
export function issueMail(options: {
  to: string;
  language: SupportedLocale;
  subject: string;
  body: { html: string; text: string };
  subscriberTopics: NewsletterTopic[];
  unsubscribeToken: string;
  publisher: string;
  links: MailLinks;
}): MailContent {
  const t = newsletterMailTexts[options.language];
  const unsubscribe = unsubscribeLinks(options.links, options.unsubscribeToken, options.language);
  const mail = renderMail({
    language: options.language,
    subject: options.subject,
    paragraphs: [],
    body: options.body,
    afterLink: [`${t.topicsLabel}: ${topicList(options.language, options.subscriberTopics)}`],
    signature: t.signature(options.publisher),
    footer: { label: t.unsubscribeLabel, url: unsubscribe.page },
  });
  return {
    to: options.to,
    ...mail,
    headers: unsubscribe.headers,
  };
}
