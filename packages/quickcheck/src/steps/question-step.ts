import { msg, str } from '@lit/localize';
import { formatCount } from '@welcome-widgets/core';
import { type Audience, type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerError, QuestionnaireController } from '../controllers/questionnaire-controller.js';
import type { Question } from '@welcome-widgets/domain/quickcheck';
import type { LaterChunk } from '../later/later-chunk-source.js';
import { citizenshipText } from '../texts/first-question-text.js';

export type QuestionTexts = Pick<LaterChunk, 'questionText' | 'questionControl' | 'monthlyHint' | 'answerErrorText'>;

export interface StepContext {
  flow: QuestionnaireController;
  audience: Audience;
  locale: SupportedLocale;
  /** The texts and controls of every question but the first; they come with the later chunk. */
  texts: QuestionTexts | undefined;
}

/** Whether a question can be shown yet: the first one always, the others once their texts are loaded. */
export const canShow = (question: Question, texts: QuestionTexts | undefined): boolean =>
  question.id === 'citizenship' || texts !== undefined;

/** One question as a form: its progress, label, hint, control, error and the way on (see {@link canShow}). */
export function questionStep({ flow, audience, locale, texts }: StepContext, question: Question): TemplateResult {
  const text = question.id === 'citizenship' ? citizenshipText(audience) : texts!.questionText(question.id, audience);
  const money = question.kind === 'money';
  const described = [
    text.hint ? 'q-hint' : '',
    flow.error ? 'q-error' : '',
    money && flow.monthlyHint ? 'q-monthly' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const group = question.kind === 'choice' || question.kind === 'yes-no';
  const label = group
    ? html`<legend id="q-label">${text.label}</legend>`
    : html`<label id="q-label" for="q-input">${text.label}</label>`;
  const body = html`
    ${label} ${text.hint ? html`<p id="q-hint" class="hint">${text.hint}</p>` : nothing}
    ${
      question.kind === 'country'
        ? flow.country.render({
            input: 'q-input',
            labelledBy: 'q-label',
            describedBy: described,
            invalid: Boolean(flow.error),
          })
        : texts!.questionControl(flow, question, described)
    }
    ${flow.error ? html`<p id="q-error" class="error field-error">${errorText(flow.error, locale, texts)}</p>` : nothing}
    ${money ? texts!.monthlyHint(flow, locale) : nothing}
  `;
  const step = flow.step;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    flow.next();
  };
  return html`
    <p class="intro">
      ${msg('Ein paar Fragen, eine erste Orientierung. Ihre Antworten bleiben auf Ihrem Gerät.', { id: 'quickcheck.intro' })}
    </p>
    <form part="question" data-question=${question.id} novalidate @submit=${onSubmit}>
      <p class="progress" part="progress">
        ${msg(str`Frage ${formatCount(step, locale)}`, { id: 'quickcheck.progress.step' })}
      </p>
      ${
        group
          ? html`<fieldset class="question" aria-describedby=${described || nothing}>${body}</fieldset>`
          : html`<div class="question field">${body}</div>`
      }
      <div class="actions">
        ${backButton(flow, step)}
        <button type="submit" class="primary">${msg('Weiter', { id: 'quickcheck.next' })}</button>
      </div>
    </form>
  `;
}

function backButton(flow: QuestionnaireController, step: number): TemplateResult | typeof nothing {
  const fromSummary = flow.stage?.kind === 'question' && flow.stage.fromSummary === true;
  if (step <= 1 && !fromSummary) return nothing;
  return html`<button type="button" class="secondary back" @click=${() => flow.back()}>
    ${msg('Zurück', { id: 'quickcheck.back' })}
  </button>`;
}

function errorText(error: AnswerError, locale: SupportedLocale, texts: QuestionTexts | undefined): string {
  return error.kind === 'country'
    ? msg('Bitte wählen Sie ein Land aus der Liste.', { id: 'quickcheck.error.country' })
    : texts!.answerErrorText(error, locale);
}
