import { msg, str } from '@lit/localize';
import { formatCount } from '@welcome-widgets/core';
import { type Audience, type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerError, QuestionnaireController } from '../controllers/questionnaire-controller.js';
import { formatMoney } from '../format/note-format.js';
import type { Question } from '@welcome-widgets/domain/quickcheck';
import { optionText, questionText, yesNoText } from '../texts/question-texts.js';
import { formatLocaleNumber } from '../ui/locale-number.js';

export interface StepContext {
  flow: QuestionnaireController;
  audience: Audience;
  locale: SupportedLocale;
}

/** One question as a form: its progress, label, hint, control, error and the way on. */
export function questionStep({ flow, audience, locale }: StepContext, question: Question): TemplateResult {
  const text = questionText(question.id, audience);
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
    ${control(flow, question, described)}
    ${flow.error ? html`<p id="q-error" class="error field-error">${errorText(flow.error, locale)}</p>` : nothing}
    ${money ? monthlyHint(flow, locale) : nothing}
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

function control(flow: QuestionnaireController, question: Question, described: string): TemplateResult {
  const invalid = Boolean(flow.error);
  switch (question.kind) {
    case 'country':
      return flow.country.render({ input: 'q-input', labelledBy: 'q-label', describedBy: described, invalid });
    case 'yes-no':
      return html`<div class="options yes-no">
        ${[true, false].map((answer) =>
          option(flow, question, String(answer), { label: yesNoText(answer) }, flow.answers[question.id] === answer),
        )}
      </div>`;
    case 'choice':
      return html`<div class="options">
        ${(question.options ?? []).map((value) =>
          option(flow, question, value, optionText(question.id, value), flow.answers[question.id] === value),
        )}
      </div>`;
    case 'number':
    case 'money':
      return html`<div class="number-input">
        <input
          id="q-input"
          type="text"
          inputmode=${question.kind === 'money' ? 'decimal' : 'numeric'}
          autocomplete="off"
          dir="ltr"
          class=${question.kind}
          .value=${live(flow.draft)}
          aria-describedby=${described || nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          @input=${(event: Event) => flow.type((event.target as HTMLInputElement).value)}
        />
        ${question.kind === 'money' ? html`<span class="unit">${msg('Euro pro Jahr', { id: 'quickcheck.unit.salary' })}</span>` : nothing}
      </div>`;
  }
}

function option(
  flow: QuestionnaireController,
  question: Question,
  value: string,
  text: { label: string; hint?: string | undefined },
  checked: boolean,
): TemplateResult {
  const inputId = `o-${value}`;
  return html`<div class="choice">
    <input
      id=${inputId}
      type="radio"
      name=${question.id}
      value=${value}
      .checked=${live(checked)}
      aria-invalid=${flow.error ? 'true' : 'false'}
      aria-describedby=${text.hint ? `${inputId}-hint` : nothing}
      @change=${() => flow.choose(question.id, value)}
    />
    <label for=${inputId}
      >${text.label}${text.hint ? html`<span id="${inputId}-hint" class="hint option-hint">${text.hint}</span>` : nothing}</label
    >
  </div>`;
}

/** A live region that is always there, so that the hint is announced when it appears. */
function monthlyHint(flow: QuestionnaireController, locale: SupportedLocale): TemplateResult {
  const monthly = flow.monthlyHint;
  return html`<div id="q-monthly" class="monthly-hint" role="status">
    ${
      monthly === undefined
        ? nothing
        : html`<p>
              ${msg(
                str`Ist das ein Monatsgehalt? Gefragt ist das Gehalt für ein ganzes Jahr: 12 × ${formatMoney(monthly, locale)} sind ${formatMoney(monthly * 12, locale)}.`,
                { id: 'quickcheck.monthly.hint' },
              )}
            </p>
            <button type="button" class="secondary" @click=${() => flow.takeMonthlyAsAnnual()}>
              ${msg(str`${formatMoney(monthly * 12, locale)} im Jahr übernehmen`, { id: 'quickcheck.monthly.take' })}
            </button>
            <p class="hint">
              ${msg('Stimmt die Zahl, geht es mit „Weiter“ so weiter.', { id: 'quickcheck.monthly.keep' })}
            </p>`
    }
  </div>`;
}

function errorText(error: AnswerError, locale: SupportedLocale): string {
  switch (error.kind) {
    case 'number-required':
      return msg('Bitte geben Sie eine Zahl ein.', { id: 'quickcheck.error.number-required' });
    case 'country':
      return msg('Bitte wählen Sie ein Land aus der Liste.', { id: 'quickcheck.error.country' });
    case 'choice':
      return msg('Bitte wählen Sie eine Antwort.', { id: 'quickcheck.error.choice' });
    case 'whole-number':
    case 'number-range': {
      const min = formatLocaleNumber(error.min, locale);
      const max = formatLocaleNumber(error.max, locale);
      return error.kind === 'whole-number'
        ? msg(str`Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`, { id: 'quickcheck.error.whole-number' })
        : msg(str`Bitte geben Sie eine Zahl von ${min} bis ${max} ein.`, { id: 'quickcheck.error.number-range' });
    }
  }
}
