import { msg, str } from '@lit/localize';
import {
  NEWSLETTER_TOPICS,
  SUPPORTED_LOCALES,
  type NewsletterSubscriberCounts,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import { languageLabel, topicLabel } from '../newsletter-texts.js';

/**
 * Confirmed subscribers as a table, languages down and topics across: a subscriber of two topics is
 * counted under each, so the last column (everyone of a language) is no sum of the others.
 * It scrolls within its own frame on a phone, as a data table may (WCAG 1.4.10).
 */
export function subscriberCountsTable(counts: NewsletterSubscriberCounts, locale: SupportedLocale): TemplateResult {
  const number = new Intl.NumberFormat(locale);
  const cell = (topic: string, language: string) =>
    counts.byTopicAndLanguage.find((row) => row.topic === topic && row.language === language)?.count ?? 0;
  const ofLanguage = (language: string) => counts.byLanguage.find((row) => row.language === language)?.count ?? 0;
  const ofTopic = (topic: string) => counts.byTopic.find((row) => row.topic === topic)?.count ?? 0;
  return html`<p id="confirmed-total">
      ${msg(str`Bestätigte Abonnements insgesamt: ${number.format(counts.confirmed)}`, {
        id: 'admin.newsletter.counts.total',
      })}
    </p>
    <div class="table-frame" tabindex="0" role="region" aria-labelledby="counts-caption">
      <table class="counts">
        <caption id="counts-caption">
          ${msg('Bestätigte Abonnements nach Sprache und Thema', { id: 'admin.newsletter.counts.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Sprache', { id: 'admin.newsletter.language' })}</th>
            ${NEWSLETTER_TOPICS.map((topic) => html`<th scope="col">${topicLabel(topic)}</th>`)}
            <th scope="col">${msg('Alle Themen', { id: 'admin.newsletter.counts.all-topics' })}</th>
          </tr>
        </thead>
        <tbody>
          ${SUPPORTED_LOCALES.map(
            (language) =>
              html`<tr>
                <th scope="row">${languageLabel(language, locale)}</th>
                ${NEWSLETTER_TOPICS.map((topic) => html`<td>${number.format(cell(topic, language))}</td>`)}
                <td>${number.format(ofLanguage(language))}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Alle Sprachen', { id: 'admin.newsletter.counts.all-languages' })}</th>
            ${NEWSLETTER_TOPICS.map((topic) => html`<td>${number.format(ofTopic(topic))}</td>`)}
            <td>${number.format(counts.confirmed)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
}
