import { msg, str } from '@lit/localize';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerError, QuestionnaireController } from '../controllers/questionnaire-controller.js';
import { formatMoney } from '../format/note-format.js';
import type { Question } from '@welcome-widgets/domain/quickcheck';
import { optionText, yesNoText } from '../texts/question-texts.js';
import { formatLocaleNumber } from '../ui/locale-number.js';

export type LaterAnswerError = Exclude<AnswerError, { kind: 'country' }>;

// The controls of every question but the first (a country, in ./question-step.ts): they come with
// the later chunk, which is there before a second question can show.

/** The answer options or the number field of a question. */
export function questionControl(
  flow: QuestionnaireController,
  question: Question,
  described: string,
): TemplateResult | typeof nothing {
  const invalid = Boolean(flow.error);
  switch (question.kind) {
    case 'country':
      return nothing;
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
export function monthlyHint(flow: QuestionnaireController, locale: SupportedLocale): TemplateResult {
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

/** Why an answer was not taken; the first question's own error is in ./question-step.ts. */
export function answerErrorText(error: LaterAnswerError, locale: SupportedLocale): string {
  switch (error.kind) {
    case 'number-required':
      return msg('Bitte geben Sie eine Zahl ein.', { id: 'quickcheck.error.number-required' });
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
