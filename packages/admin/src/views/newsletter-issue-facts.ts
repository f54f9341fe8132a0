import { msg } from '@lit/localize';
import type { NewsletterIssue, SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import { issueStatusLabel, languageLabel, topicLabel } from '../newsletter-texts.js';

/** What every issue shows first, in the list and opened: its state, topics and languages (within a `<dl>`). */
export function issueFacts(issue: NewsletterIssue, locale: SupportedLocale): TemplateResult {
  return html`<dt>${msg('Zustand', { id: 'admin.newsletter.state' })}</dt>
    <dd>${issueStatusLabel(issue.status)}</dd>
    <dt>${msg('Themen', { id: 'admin.newsletter.topics' })}</dt>
    <dd>${issue.topics.map(topicLabel).join(', ')}</dd>
    <dt>${msg('Sprachen', { id: 'admin.newsletter.languages' })}</dt>
    <dd>${issue.texts.map((text) => languageLabel(text.language, locale)).join(', ')}</dd>`;
}
