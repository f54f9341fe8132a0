import { msg } from '@lit/localize';
import type { Audience, SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import type { QuestionnaireController } from '../controllers/questionnaire-controller.js';
import { formatMoney } from '../format/note-format.js';
import type { Question } from '@welcome-widgets/domain/quickcheck';
import { optionText, questionText, yesNoText } from '../texts/question-texts.js';
import { countryName } from '../ui/country-names.js';

export interface SummaryContext {
  flow: QuestionnaireController;
  audience: Audience;
  locale: SupportedLocale;
  headingLevel: number;
}

/** Every answer with its question and a "Change" button; a change comes back here. */
export function answersSummary({ flow, audience, locale, headingLevel }: SummaryContext): TemplateResult {
  return html`<div class="answers-summary" part="summary">
    <div id="summary-heading" class="result-heading" role="heading" aria-level=${headingLevel} tabindex="-1">
      ${msg('Ihre Antworten', { id: 'quickcheck.summary.heading' })}
    </div>
    <dl class="answers">
      ${flow.answered.map((question) => {
        const label = questionText(question.id, audience).label;
        return html`<div class="answer">
          <dt>${label}</dt>
          <dd>
            <span>${answerText(question, flow, locale)}</span>
            <button
              type="button"
              class="secondary change"
              data-change=${question.id}
              @click=${() => flow.show(question.id, { fromSummary: true })}
            >
              ${msg('Ändern', { id: 'quickcheck.summary.change' })}<span class="visually-hidden">: ${label}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <div class="actions">
      <button type="button" class="primary" @click=${() => flow.complete()}>
        ${msg('Zum Ergebnis', { id: 'quickcheck.summary.to-result' })}
      </button>
    </div>
  </div>`;
}

function answerText(question: Question, flow: QuestionnaireController, locale: SupportedLocale): string {
  const value = flow.answers[question.id];
  switch (question.kind) {
    case 'country':
      return countryName(String(value), locale);
    case 'yes-no':
      return yesNoText(value === true);
    case 'choice':
      return optionText(question.id, String(value)).label;
    case 'money':
      return formatMoney(Number(value), locale);
    case 'number':
      return new Intl.NumberFormat(locale).format(Number(value));
  }
}
