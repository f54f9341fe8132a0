import { msg, str } from '@lit/localize';
import {
  AUDIENCES,
  WelcomeElement,
  isApiError,
  type Audience,
  type PathwayId,
  type QuickcheckDefinition,
  type QuickcheckNote,
  type QuickcheckResult,
  type RuleSet,
} from '@welcome-widgets/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { bookingLink, consultationTopic } from './consultation-topic.js';
import { loadDefinition } from './quickcheck-api.js';
import { quickcheckStyles } from './quickcheck.styles.js';
import {
  QUESTIONS,
  decodeAnswers,
  encodeAnswers,
  lastQuestion,
  nextUnanswered,
  profileFromAnswers,
  progressOf,
  questionAfter,
  questionBefore,
  type Answers,
  type Question,
  type QuestionId,
} from './questions/index.js';
import { evaluate } from './rules/index.js';
import { noteText, type NoteFormat } from './texts/note-texts.js';
import { pathwayText } from './texts/pathway-texts.js';
import { pointsCriterionText } from './texts/points-texts.js';
import { optionText, questionText, yesNoText } from './texts/question-texts.js';
import { CountryCombobox } from './ui/country-combobox.js';
import { countryName } from './ui/country-names.js';
import { formatLocaleNumber, parseLocaleNumber } from './ui/locale-number.js';
import { localeLoaders } from './generated/locale-loaders.js';

type LoadProblem = 'offline' | 'network' | 'server';

type View =
  | { kind: 'loading' }
  | { kind: 'load-failed'; problem: LoadProblem }
  | { kind: 'question'; id: QuestionId }
  | { kind: 'result' };

type AnswerError =
  | { kind: 'number-required' | 'choice' | 'country' }
  | { kind: 'number-range' | 'whole-number'; min: number; max: number };

export interface QuickcheckCompleteDetail {
  pathways: PathwayId[];
  audience: Audience;
}

/**
 * A few plain questions, then the legal pathways to work in Germany that may fit, with reasons,
 * what is still to prove and next steps. Answers are evaluated in the browser and never sent.
 *
 * @tagname welcome-quickcheck
 * @summary Quickcheck of immigration pathways for skilled workers and employers.
 * @event welcome-quickcheck-complete - A result is shown. `detail: { pathways: string[], audience }`, ids only.
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart question - The form of the current question.
 * @csspart progress - The progress line.
 * @csspart result - The result.
 * @csspart pathway - One pathway card in the result.
 * @csspart booking - The link to book a consultation.
 */
export class WelcomeQuickcheck extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = quickcheckStyles;

  /** Who answers: the person (`worker`, default) or an employer planning a hire (`employer`). */
  @property() audience: Audience = 'worker';

  /** Link to the consultation booking page; the result adds `?topic=`. */
  @property({ attribute: 'booking-href' }) bookingHref = '';

  /** Level of the widget's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private view: View = { kind: 'loading' };
  @state() private answers: Answers = {};
  @state() private draft = '';
  /** Why the answer was not taken; translated at render, in the widget's language. */
  @state() private error?: AnswerError;
  @state() private copied?: 'done' | 'failed';

  private definition?: QuickcheckDefinition;
  private loadedFrom?: string;
  private pendingFocus?: string;
  private readonly country = new CountryCombobox(this, {
    locale: () => this.locale,
    selected: () => this.answers.citizenship,
    onSelect: (code) => {
      this.answers = { ...this.answers, citizenship: code as Answers['citizenship'] };
      if (code) this.error = undefined;
    },
  });

  private get who(): Audience {
    return (AUDIENCES as readonly string[]).includes(this.audience) ? this.audience : 'worker';
  }

  /** The rule set valid today in Germany, as the server decides it (not the device's clock). */
  private get ruleSet(): RuleSet | undefined {
    return this.definition?.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadedFrom !== this.api) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.loadedFrom !== undefined && this.loadedFrom !== this.api) void this.load();
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
  }

  private async load(): Promise<void> {
    this.loadedFrom = this.api;
    this.view = { kind: 'loading' };
    try {
      this.definition = await loadDefinition(this.client, this.locale, this.who);
    } catch (error) {
      const problem: LoadProblem = !navigator.onLine
        ? 'offline'
        : isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')
          ? 'network'
          : 'server';
      this.view = { kind: 'load-failed', problem };
      return;
    }
    this.restoreFromLink();
  }

  /** A link with `#quickcheck=…` brings its answers back: straight to the result when complete. */
  private restoreFromLink(): void {
    const restored = decodeAnswers(location.hash);
    const ruleSet = this.ruleSet!;
    if (restored) {
      this.answers = restored;
      const open = nextUnanswered(restored, ruleSet);
      if (open) this.showQuestion(open.id, false);
      else this.showResult(false);
    } else {
      this.showQuestion('citizenship', false);
    }
  }

  protected override render(): TemplateResult {
    const employer = this.who === 'employer';
    return html`
      <section class="root" part="base" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.clampedHeadingLevel}>
          ${
            employer
              ? msg('Quickcheck: Fachkräfte aus dem Ausland einstellen', { id: 'quickcheck.heading.employer' })
              : msg('Quickcheck: Arbeiten in Deutschland', { id: 'quickcheck.heading' })
          }
        </div>
        ${this.renderView()}
      </section>
    `;
  }

  private get clampedHeadingLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  /** Headings inside the result continue the host page's outline below the widget's heading. */
  private subLevel(depth: number): number {
    return Math.min(6, this.clampedHeadingLevel + depth);
  }

  private renderView(): TemplateResult {
    switch (this.view.kind) {
      case 'loading':
        return html`<p class="notice" role="status">
          ${msg('Der Quickcheck wird geladen …', { id: 'quickcheck.loading' })}
        </p>`;
      case 'load-failed':
        return this.renderLoadFailed(this.view.problem);
      case 'question':
        return this.renderQuestion(QUESTIONS.find((q) => q.id === (this.view as { id: QuestionId }).id)!);
      case 'result':
        return this.renderResult();
    }
  }

  private renderLoadFailed(problem: LoadProblem): TemplateResult {
    const text = {
      offline: () =>
        msg('Sie sind offline. Der Quickcheck braucht einmal eine Verbindung, um die Fragen zu laden.', {
          id: 'quickcheck.problem.offline',
        }),
      network: () =>
        msg('Keine Verbindung zum Server. Bitte versuchen Sie es erneut.', { id: 'quickcheck.problem.network' }),
      server: () =>
        msg('Der Quickcheck ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.', {
          id: 'quickcheck.problem.server',
        }),
    }[problem]();
    return html`<div class="notice error-notice" role="alert">
      <p>${text}</p>
      <button type="button" class="secondary" @click=${() => void this.load()}>
        ${msg('Erneut versuchen', { id: 'common.retry' })}
      </button>
    </div>`;
  }

  private renderQuestion(question: Question): TemplateResult {
    const ruleSet = this.ruleSet!;
    const { position, total } = progressOf(question.id, this.answers, ruleSet);
    const text = questionText(question.id, this.who);
    const described = [text.hint ? 'q-hint' : '', this.error ? 'q-error' : ''].filter(Boolean).join(' ');
    const isGroup = question.kind === 'choice' || question.kind === 'yes-no';
    const label = isGroup
      ? html`<legend id="q-label">${text.label}</legend>`
      : html`<label id="q-label" for="q-input">${text.label}</label>`;
    const body = html`
      ${label} ${text.hint ? html`<p id="q-hint" class="hint">${text.hint}</p>` : nothing}
      ${this.renderControl(question, described)}
      ${this.error ? html`<p id="q-error" class="error field-error">${this.errorText(this.error)}</p>` : nothing}
    `;
    const first = position === 1;
    return html`
      <p class="intro">
        ${msg('Ein paar Fragen, eine erste Orientierung. Ihre Antworten bleiben auf Ihrem Gerät.', { id: 'quickcheck.intro' })}
      </p>
      <form part="question" data-question=${question.id} novalidate @submit=${this.next}>
        <div class="progress" part="progress">
          <span id="progress-text">${msg(str`Frage ${position} von ${total}`, { id: 'quickcheck.progress' })}</span>
          <progress max=${total} value=${position} aria-labelledby="progress-text"></progress>
        </div>
        ${
          isGroup
            ? html`<fieldset class="question" aria-describedby=${described || nothing}>${body}</fieldset>`
            : html`<div class="question field">${body}</div>`
        }
        <div class="actions">
          ${first ? nothing : html`<button type="button" class="secondary" @click=${this.back}>${msg('Zurück', { id: 'quickcheck.back' })}</button>`}
          <button type="submit" class="primary">${msg('Weiter', { id: 'quickcheck.next' })}</button>
        </div>
      </form>
    `;
  }

  private renderControl(question: Question, described: string): TemplateResult {
    const invalid = Boolean(this.error);
    switch (question.kind) {
      case 'country':
        return this.country.render({ input: 'q-input', labelledBy: 'q-label', describedBy: described, invalid });
      case 'yes-no':
        return html`<div class="options yes-no">
          ${[true, false].map((answer) => this.renderOption(question.id, String(answer), yesNoText(answer), undefined, this.answers[question.id] === answer, invalid))}
        </div>`;
      case 'choice':
        return html`<div class="options">
          ${(question.options ?? []).map((option) => {
            const text = optionText(question.id, option);
            return this.renderOption(
              question.id,
              option,
              text.label,
              text.hint,
              this.answers[question.id] === option,
              invalid,
            );
          })}
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
            .value=${live(this.draft)}
            aria-describedby=${described || nothing}
            aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.draft = (event.target as HTMLInputElement).value;
              this.error = undefined;
            }}
          />
          ${question.kind === 'money' ? html`<span class="unit">${msg('Euro pro Jahr', { id: 'quickcheck.unit.salary' })}</span>` : nothing}
        </div>`;
    }
  }

  private renderOption(
    id: QuestionId,
    value: string,
    label: string,
    hint: string | undefined,
    checked: boolean,
    invalid: boolean,
  ): TemplateResult {
    const inputId = `o-${value}`;
    return html`<div class="choice">
      <input
        id=${inputId}
        type="radio"
        name=${id}
        value=${value}
        .checked=${live(checked)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${hint ? `${inputId}-hint` : nothing}
        @change=${() => this.choose(id, value)}
      />
      <label for=${inputId}
        >${label}${hint ? html`<span id="${inputId}-hint" class="hint option-hint">${hint}</span>` : nothing}</label
      >
    </div>`;
  }

  private errorText(error: AnswerError): string {
    switch (error.kind) {
      case 'number-required':
        return msg('Bitte geben Sie eine Zahl ein.', { id: 'quickcheck.error.number-required' });
      case 'country':
        return msg('Bitte wählen Sie ein Land aus der Liste.', { id: 'quickcheck.error.country' });
      case 'choice':
        return msg('Bitte wählen Sie eine Antwort.', { id: 'quickcheck.error.choice' });
      case 'whole-number':
      case 'number-range': {
        const range = {
          min: formatLocaleNumber(error.min, this.locale),
          max: formatLocaleNumber(error.max, this.locale),
        };
        return error.kind === 'whole-number'
          ? msg(str`Bitte geben Sie eine ganze Zahl von ${range.min} bis ${range.max} ein.`, {
              id: 'quickcheck.error.whole-number',
            })
          : msg(str`Bitte geben Sie eine Zahl von ${range.min} bis ${range.max} ein.`, {
              id: 'quickcheck.error.number-range',
            });
      }
    }
  }

  private choose(id: QuestionId, value: string): void {
    const question = QUESTIONS.find((q) => q.id === id)!;
    const parsed = question.kind === 'yes-no' ? value === 'true' : value;
    this.answers = { ...this.answers, [id]: parsed };
    this.error = undefined;
  }

  private next = (event: Event): void => {
    event.preventDefault();
    if (this.view.kind !== 'question') return;
    const question = QUESTIONS.find((q) => q.id === (this.view as { id: QuestionId }).id)!;
    if (!this.acceptAnswer(question)) {
      this.pendingFocus =
        question.kind === 'choice' || question.kind === 'yes-no' ? `input[name="${question.id}"]` : '#q-input';
      this.requestUpdate();
      return;
    }
    const following = questionAfter(question.id, this.answers, this.ruleSet!);
    if (following) this.showQuestion(following, true);
    else this.showResult(true);
  };

  /** Takes the current answer if it is valid; otherwise sets a translated error and keeps what was typed. */
  private acceptAnswer(question: Question): boolean {
    if (question.kind === 'number' || question.kind === 'money') {
      const value = parseLocaleNumber(this.draft, this.locale);
      const min = question.min ?? 0;
      const max = question.max ?? Number.MAX_SAFE_INTEGER;
      const wholeOnly = question.id === 'age' || question.id === 'priorStayMonthsLast5';
      if (value === undefined || value < min || value > max || (wholeOnly && !Number.isInteger(value))) {
        this.error =
          this.draft.trim() === ''
            ? { kind: 'number-required' }
            : { kind: wholeOnly ? 'whole-number' : 'number-range', min, max };
        return false;
      }
      this.answers = { ...this.answers, [question.id]: value };
      return true;
    }
    if (this.answers[question.id] === undefined) {
      this.error = { kind: question.kind === 'country' ? 'country' : 'choice' };
      return false;
    }
    return true;
  }

  private back = (): void => {
    if (this.view.kind !== 'question') return;
    const previous = questionBefore(this.view.id, this.answers, this.ruleSet!);
    if (previous) this.showQuestion(previous, true);
  };

  private showQuestion(id: QuestionId, moveFocus: boolean): void {
    const value = this.answers[id];
    this.draft = typeof value === 'number' ? formatLocaleNumber(value, this.locale) : '';
    this.error = undefined;
    this.copied = undefined;
    this.country.reset();
    this.view = { kind: 'question', id };
    const question = QUESTIONS.find((q) => q.id === id)!;
    if (moveFocus) {
      this.pendingFocus =
        question.kind === 'choice' || question.kind === 'yes-no'
          ? `input[name="${id}"]:checked, input[name="${id}"]`
          : '#q-input';
    }
  }

  private result?: QuickcheckResult;

  private showResult(moveFocus: boolean): void {
    const ruleSet = this.ruleSet!;
    const year = Number(ruleSet.validFrom.slice(0, 4));
    this.result = evaluate(profileFromAnswers(this.answers, ruleSet, { year, audience: this.who }), ruleSet);
    this.view = { kind: 'result' };
    this.copied = undefined;
    this.rememberInLink();
    if (moveFocus) this.pendingFocus = '#result-heading';
    this.emit<QuickcheckCompleteDetail>('welcome-quickcheck-complete', {
      pathways: this.result.pathways.map((p) => p.id),
      audience: this.who,
    });
  }

  /** Puts the answers into the page's fragment, unless the host page uses the fragment itself. */
  private rememberInLink(): void {
    const hash = location.hash.replace(/^#/, '');
    if (hash !== '' && !decodeAnswers(location.hash)) return;
    history.replaceState(history.state, '', `#${encodeAnswers(this.answers)}`);
  }

  private get shareLink(): string {
    const url = new URL(location.href);
    url.hash = encodeAnswers(this.answers);
    return url.href;
  }

  private startOver = (): void => {
    this.answers = {};
    this.result = undefined;
    if (decodeAnswers(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    this.showQuestion('citizenship', true);
  };

  private changeAnswers = (): void => {
    this.showQuestion(lastQuestion(this.answers, this.ruleSet!), true);
  };

  /** The points table belongs on paper even when it is folded on screen. */
  private print = (): void => {
    this.renderRoot.querySelector('details')?.setAttribute('open', '');
    window.print();
  };

  private copyLink = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.shareLink);
      this.copied = 'done';
    } catch {
      this.copied = 'failed';
    }
  };

  private get format(): NoteFormat {
    const locale = this.locale;
    const money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    });
    const number = new Intl.NumberFormat(locale);
    return {
      money: (amount) => money.format(amount),
      number: (value) => number.format(value),
      country: (code) => countryName(code, locale),
    };
  }

  private renderResult(): TemplateResult {
    const result = this.result!;
    const format = this.format;
    const dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    const validFrom = dates.format(new Date(`${result.validFrom}T00:00:00Z`));
    const validUntil = dates.format(new Date(`${result.validUntil}T00:00:00Z`));
    const topic = consultationTopic(result, this.who);
    return html`
      <div class="result" part="result">
        <div id="result-heading" class="result-heading" role="heading" aria-level=${this.subLevel(1)} tabindex="-1">
          ${
            result.pathways.length > 0
              ? msg(str`Diese Wege können passen (${result.pathways.length})`, { id: 'quickcheck.result.heading' })
              : msg('Noch passt kein Weg, aber es gibt nächste Schritte', { id: 'quickcheck.result.none' })
          }
        </div>
        <p class="notice disclaimer">
          <strong>${msg('Orientierung, keine rechtliche Entscheidung.', { id: 'quickcheck.disclaimer.title' })}</strong>
          ${msg('Verbindlich entscheiden die Ausländerbehörde und die deutsche Auslandsvertretung.', { id: 'quickcheck.disclaimer.text' })}
          ${msg(str`Stand der Regeln: ${validFrom}, gültig bis ${validUntil}.`, { id: 'quickcheck.disclaimer.rules' })}
        </p>
        ${
          result.pathways.length > 0
            ? html`<ol class="pathways">
                ${result.pathways.map((pathway) => this.renderPathway(pathway, format))}
              </ol>`
            : nothing
        }
        ${this.renderPoints(result, format)}
        <div class="next-steps">
          <div class="subheading" role="heading" aria-level=${this.subLevel(2)}>
            ${msg('Was Sie jetzt tun können', { id: 'quickcheck.result.next-steps' })}
          </div>
          <ul>
            ${result.nextSteps.map((step) => html`<li>${noteText(step, format)}</li>`)}
          </ul>
          ${
            this.bookingHref
              ? html`<a
                  class="booking button-link"
                  part="booking"
                  href=${bookingLink(this.bookingHref, topic, location.href)}
                >
                  ${msg('Beratung buchen', { id: 'quickcheck.booking' })}
                </a>`
              : nothing
          }
        </div>
        <div class="actions result-actions">
          <button type="button" class="secondary" @click=${this.changeAnswers}>
            ${msg('Antworten ändern', { id: 'quickcheck.change' })}
          </button>
          <button type="button" class="secondary" @click=${this.startOver}>
            ${msg('Neu beginnen', { id: 'quickcheck.restart' })}
          </button>
          <button type="button" class="secondary" @click=${this.print}>
            ${msg('Drucken', { id: 'quickcheck.print' })}
          </button>
          <button type="button" class="secondary" @click=${this.copyLink}>
            ${msg('Link zum Ergebnis kopieren', { id: 'quickcheck.copy-link' })}
          </button>
        </div>
        <div class="copy-status" role="status">
          ${
            this.copied === 'done'
              ? msg('Link kopiert. Die Antworten stehen nur im Link und werden nirgends gespeichert.', {
                  id: 'quickcheck.copy-link.done',
                })
              : this.copied === 'failed'
                ? html`<label for="share-link"
                      >${msg('Kopieren Sie diesen Link:', { id: 'quickcheck.copy-link.manual' })}</label
                    >
                    <input id="share-link" type="text" readonly dir="ltr" .value=${this.shareLink} />`
                : nothing
          }
        </div>
      </div>
    `;
  }

  private renderPathway(pathway: QuickcheckResult['pathways'][number], format: NoteFormat): TemplateResult {
    const text = pathwayText(pathway.id);
    const list = (title: string, notes: QuickcheckNote[], kind: string) =>
      notes.length === 0
        ? nothing
        : html`<div class="list-heading" role="heading" aria-level=${this.subLevel(3)}>${title}</div>
            <ul class=${kind}>
              ${notes.map((n) => html`<li>${noteText(n, format)}</li>`)}
            </ul>`;
    return html`<li class="pathway" part="pathway" data-pathway=${pathway.id}>
      <div class="pathway-title" role="heading" aria-level=${this.subLevel(2)}>${text.title}</div>
      <p class="summary">${text.summary}</p>
      <p class="basis">
        ${msg('Rechtsgrundlage:', { id: 'quickcheck.basis' })} <bdi lang="de" dir="ltr">${pathway.basis}</bdi>
      </p>
      ${list(msg('Warum dieser Weg passt', { id: 'quickcheck.reasons' }), pathway.reasons, 'reasons')}
      ${list(msg('Noch nachzuweisen', { id: 'quickcheck.conditions' }), pathway.conditions, 'conditions')}
      ${list(msg('Nächste Schritte', { id: 'quickcheck.steps' }), pathway.nextSteps, 'steps')}
    </li>`;
  }

  private renderPoints(result: QuickcheckResult, format: NoteFormat): TemplateResult | typeof nothing {
    if (result.opportunityCardPoints === null) return nothing;
    return html`<details class="points">
      <summary>
        ${msg(
          str`Punkte für die Chancenkarte: ${format.number(result.opportunityCardPoints)} (nötig: ${format.number(result.opportunityCardThreshold)})`,
          {
            id: 'quickcheck.points.summary',
          },
        )}
      </summary>
      ${
        result.opportunityCardBreakdown.length === 0
          ? html`<p>${msg('Bisher keine Punkte.', { id: 'quickcheck.points.none' })}</p>`
          : html`<table>
              <caption class="visually-hidden">
                ${msg('Punkte nach Kriterium', { id: 'quickcheck.points.caption' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Kriterium', { id: 'quickcheck.points.criterion' })}</th>
                  <th scope="col">${msg('Punkte', { id: 'quickcheck.points.points' })}</th>
                </tr>
              </thead>
              <tbody>
                ${result.opportunityCardBreakdown.map(
                  (line) =>
                    html`<tr>
                      <td>${pointsCriterionText(line.criterion)}</td>
                      <td>${format.number(line.points)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </details>`;
  }
}
