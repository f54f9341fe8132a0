import type { FaqEntry } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerTexts } from './answer-texts.js';
import { safeHtml } from './ui/safe-html.js';

/** What an opened answer shows of the widget's state, and what its buttons ask the widget to do. */
export interface AnswerHost {
  locale: string;
  /** Every entry of the language: the answer's related questions are found among them. */
  entries: readonly FaqEntry[];
  feedback: ReadonlyMap<string, 'sent' | 'failed'>;
  /** German answers shown beside an outdated translation, by entry id, as they load. */
  german: ReadonlyMap<string, FaqEntry | 'loading' | 'failed'>;
  texts: AnswerTexts;
  followRelated(event: Event, id: string): void;
  rate(id: string, helpful: boolean): void;
  showGerman(id: string): void;
  hideGerman(id: string): void;
}

/**
 * An opened answer: its text, the outdated-translation notice with the German text, related
 * questions and "was this helpful?". Part of the chunk fetched beside the entries; its words come
 * from the widget's own chunk ({@link AnswerTexts}).
 */
export function answerView(host: AnswerHost, entry: FaqEntry): TemplateResult {
  const { texts } = host;
  const related = host.entries.filter((e) => entry.related.includes(e.id));
  const updated = new Intl.DateTimeFormat(host.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${entry.updated}T00:00:00Z`),
  );
  const feedback = host.feedback.get(entry.id);
  return html`
    ${entry.fallback ? html`<p class="fallback">${texts.fallback()}</p>` : nothing}
    <div class="answer-body" lang=${entry.language}>${safeHtml(entry.answerHtml, entry.answerText)}</div>
    ${entry.outdated && !entry.fallback ? outdated(host, entry) : nothing}
    <p class="updated">${texts.updated(updated)}</p>
    ${
      related.length > 0
        ? html`<div class="related">
            <span>${texts.related()}</span>
            <ul>
              ${related.map((r) => html`<li><a href="#faq-${r.id}" @click=${(e: Event) => host.followRelated(e, r.id)}>${r.question}</a></li>`)}
            </ul>
          </div>`
        : nothing
    }
    <div class="feedback" role="group" aria-label=${texts.feedbackQuestion()}>
      ${
        feedback === 'sent'
          ? html`<p role="status">${texts.thanks()}</p>`
          : html`<span aria-hidden="true">${texts.feedbackQuestion()}</span>
              <button type="button" class="secondary" @click=${() => host.rate(entry.id, true)}>${texts.yes()}</button>
              <button type="button" class="secondary" @click=${() => host.rate(entry.id, false)}>${texts.no()}</button>
              ${feedback === 'failed' ? html`<p role="status">${texts.feedbackFailed()}</p>` : nothing}`
      }
    </div>
  `;
}

/** The translation is older than the German text: said beside it, with the German text a click away. */
function outdated(host: AnswerHost, entry: FaqEntry): TemplateResult {
  const { texts } = host;
  const german = host.german.get(entry.id);
  const shown = german !== undefined;
  return html`<div class="outdated">
    <p>${texts.outdated()}</p>
    <button
      type="button"
      class="secondary"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="de-${entry.id}"
      @click=${() => (shown ? host.hideGerman(entry.id) : host.showGerman(entry.id))}
    >
      ${texts.showGerman()}
    </button>
    <div id="de-${entry.id}" class="german" role="region" aria-label=${texts.german()} ?hidden=${!shown}>
      ${germanText(host, german)}
    </div>
  </div>`;
}

function germanText(host: AnswerHost, german: FaqEntry | 'loading' | 'failed' | undefined): unknown {
  const { texts } = host;
  if (german === undefined) return nothing;
  if (german === 'loading') return html`<p role="status">${texts.loading()}</p>`;
  if (german === 'failed') return html`<p role="status">${texts.germanFailed()}</p>`;
  return html`<div class="answer-body" lang="de" dir="ltr">${safeHtml(german.answerHtml, german.answerText)}</div>`;
}
