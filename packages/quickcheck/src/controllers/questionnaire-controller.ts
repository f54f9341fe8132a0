import type { RuleSet, SupportedLocale } from '@welcome-widgets/domain';
import type { ReactiveControllerHost } from 'lit';
import {
  QUESTIONS,
  askedQuestions,
  nextUnanswered,
  questionAfter,
  questionBefore,
  stepOf,
  type Answers,
  type Question,
  type QuestionId,
} from '@welcome-widgets/domain/quickcheck';
import type { LaterChunk } from '../later/later-chunk-source.js';
import { CountryCombobox } from '../ui/country-combobox.js';
import type { FocusAfterRender } from './focus-after-render.js';

/** Where the person is: a question (perhaps reached from the summary), the summary of answers, or the result. */
export type Stage =
  | { kind: 'question'; id: QuestionId; fromSummary?: boolean }
  | { kind: 'summary'; changed?: QuestionId }
  | { kind: 'result' };

export type AnswerError =
  | { kind: 'country' }
  | { kind: 'number-required' | 'choice' }
  | { kind: 'number-range' | 'whole-number'; min: number; max: number };

type Host = ReactiveControllerHost & HTMLElement & { readonly locale: SupportedLocale };

export interface QuestionnaireOptions {
  ruleSet: () => RuleSet;
  /** The later chunk once loaded: country aliases, reading and writing typed numbers. */
  later: () => LaterChunk | undefined;
  focus: FocusAfterRender;
  /** All questions answered: show the result. */
  onComplete: () => void;
  /** Answers cleared: forget them in the page's link too. */
  onRestart: () => void;
}

const isGroup = (question: Question) => question.kind === 'choice' || question.kind === 'yes-no';
const questionOf = (id: QuestionId) => QUESTIONS.find((q) => q.id === id)!;

/**
 * The questions, one at a time: answers, the draft of a typed number, the translated error,
 * going back and forth, and the summary where each answer can be changed. Answers stay in memory.
 */
export class QuestionnaireController {
  answers: Answers = {};
  stage?: Stage;
  /** What is typed into a number field, kept as typed (a bad entry is never lost). */
  draft = '';
  error?: AnswerError;
  /** An annual salary that looks like a monthly one; offered ×12, never forced. */
  monthlyHint?: number;
  readonly country: CountryCombobox;

  constructor(
    private readonly host: Host,
    private readonly options: QuestionnaireOptions,
  ) {
    this.country = new CountryCombobox(host, {
      locale: () => host.locale,
      aliases: () => options.later()?.aliasesOf,
      selected: () => this.answers.citizenship,
      onSelect: (code) => {
        this.answers = { ...this.answers, citizenship: code as Answers['citizenship'] };
        if (code) this.error = undefined;
      },
    });
  }

  /** Starts with restored answers (a shared link) or none; true when they are complete. */
  begin(restored: Answers | undefined): boolean {
    this.answers = restored ?? {};
    const open = nextUnanswered(this.answers, this.options.ruleSet());
    if (open) this.show(open.id, { focus: false });
    else this.stage = { kind: 'result' };
    return !open;
  }

  get question(): Question | undefined {
    return this.stage?.kind === 'question' ? questionOf(this.stage.id) : undefined;
  }

  /** The step number shown: it never decreases going forward. */
  get step(): number {
    const id = this.question?.id;
    return id ? stepOf(id, this.answers, this.options.ruleSet()) : 0;
  }

  /** The answered questions in the order asked, for the summary. */
  get answered(): Question[] {
    return askedQuestions(this.answers, this.options.ruleSet()).filter((q) => this.answers[q.id] !== undefined);
  }

  show(id: QuestionId, { focus = true, fromSummary = false } = {}): void {
    const value = this.answers[id];
    // A number answer exists only once a number question was shown, so the later chunk is there.
    const later = this.options.later();
    this.draft = typeof value === 'number' && later ? later.formatLocaleNumber(value, this.host.locale) : '';
    this.error = undefined;
    this.monthlyHint = undefined;
    this.country.reset();
    this.stage = { kind: 'question', id, ...(fromSummary ? { fromSummary } : {}) };
    if (focus) this.focusQuestion(questionOf(id));
    this.host.requestUpdate();
  }

  choose(id: QuestionId, value: string): void {
    const parsed = questionOf(id).kind === 'yes-no' ? value === 'true' : value;
    this.answers = { ...this.answers, [id]: parsed };
    this.error = undefined;
    this.host.requestUpdate();
  }

  type(text: string): void {
    this.draft = text;
    this.error = undefined;
    this.monthlyHint = undefined;
    this.host.requestUpdate();
  }

  /** Takes the hint: the typed figure was per month, the question asks per year. */
  takeMonthlyAsAnnual(): void {
    if (this.monthlyHint === undefined) return;
    this.draft = this.options.later()!.formatLocaleNumber(this.monthlyHint * 12, this.host.locale);
    this.monthlyHint = undefined;
    this.options.focus.request({ selectors: ['#q-input'] });
    this.host.requestUpdate();
  }

  next(): void {
    const question = this.question;
    const stage = this.stage;
    if (!question || stage?.kind !== 'question') return;
    if (!this.accept(question)) {
      this.focusQuestion(question);
      this.host.requestUpdate();
      return;
    }
    const ruleSet = this.options.ruleSet();
    if (stage.fromSummary) {
      // A changed answer may open questions not asked before; then back to the summary.
      const open = nextUnanswered(this.answers, ruleSet);
      if (open) this.show(open.id, { fromSummary: true });
      else this.summary(question.id);
      return;
    }
    const following = questionAfter(question.id, this.answers, ruleSet);
    if (following) this.show(following);
    else this.complete();
  }

  back(): void {
    const stage = this.stage;
    if (stage?.kind !== 'question') return;
    if (stage.fromSummary) return this.summary(stage.id);
    const previous = questionBefore(stage.id, this.answers, this.options.ruleSet());
    if (previous) this.show(previous);
  }

  /** The list of answers, each with "Change"; `changed` gets focus back after a change. */
  summary(changed?: QuestionId): void {
    this.stage = { kind: 'summary', ...(changed ? { changed } : {}) };
    this.options.focus.request({
      selectors: [...(changed ? [`[data-change="${changed}"]`] : []), '#summary-heading'],
    });
    this.host.requestUpdate();
  }

  complete(): void {
    this.stage = { kind: 'result' };
    this.options.onComplete();
  }

  restart(): void {
    this.answers = {};
    this.options.onRestart();
    this.show('citizenship');
  }

  /** Focus back on the question shown, e.g. once its texts have arrived after a failed load. */
  refocus(): void {
    const question = this.question;
    if (question) this.focusQuestion(question);
  }

  /** Back and forth land on the checked option (or the field), as if the person had never left. */
  private focusQuestion(question: Question): void {
    this.options.focus.request({
      selectors: isGroup(question)
        ? [`input[name="${question.id}"]:checked`, `input[name="${question.id}"]`]
        : ['#q-input'],
    });
  }

  /** Takes the current answer if it is valid; otherwise sets a translated error and keeps what was typed. */
  private accept(question: Question): boolean {
    if (question.kind !== 'number' && question.kind !== 'money') {
      if (this.answers[question.id] !== undefined) return true;
      this.error = { kind: question.kind === 'country' ? 'country' : 'choice' };
      return false;
    }
    // Shown past the first question only, so the later chunk is there.
    const read = this.options.later()!.readNumber(question, this.draft, this.host.locale);
    if ('error' in read) {
      this.error = read.error;
      return false;
    }
    const { value } = read;
    if (question.kind === 'money' && this.looksMonthly(value) && this.monthlyHint !== value) {
      // Asked once: "Next" again keeps the figure as typed.
      this.monthlyHint = value;
      return false;
    }
    this.answers = { ...this.answers, [question.id]: value };
    return true;
  }

  /**
   * A year's pay below twelve months of what the opportunity card requires to live on (the
   * domain's only monthly living figure, 1,091 € in 2026) is most likely a monthly salary.
   */
  private looksMonthly(annual: number): boolean {
    return annual > 0 && annual < 12 * this.options.ruleSet().figures.opportunityCardMonthlyFundsEur;
  }
}
