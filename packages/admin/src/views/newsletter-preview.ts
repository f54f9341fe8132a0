import { msg } from '@lit/localize';
import { RTL_LOCALES, type NewsletterIssuePreview, type SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { languageLabel } from '../newsletter-texts.js';

/**
 * Each language's subject and body as the server rendered them. The HTML is the server's sanitised
 * output (no scripts, handlers, styles, images or frames): the console is served by that same server,
 * which could send any script it liked, so a second sanitiser here would guard against nothing.
 */
export function previewTexts(languages: NewsletterIssuePreview['languages'], locale: SupportedLocale): TemplateResult {
  return html`${languages.map(
    (text) =>
      html`<article class="card preview" aria-labelledby="preview-${text.language}">
        <p class="muted">${languageLabel(text.language, locale)}</p>
        <h4 id="preview-${text.language}">
          <span class="visually-hidden">${msg('Betreff:', { id: 'admin.newsletter.preview.subject' })}</span>
          <span lang=${text.language} dir=${RTL_LOCALES.includes(text.language) ? 'rtl' : 'ltr'}>${text.subject}</span>
        </h4>
        <div class="preview-body" lang=${text.language} dir=${RTL_LOCALES.includes(text.language) ? 'rtl' : 'ltr'}>
          ${unsafeHTML(text.html)}
        </div>
      </article>`,
  )}`;
}
