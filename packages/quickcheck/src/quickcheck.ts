import { msg } from '@lit/localize';
import { AUDIENCES, type Audience, type QuickcheckDefinition, type RuleSet } from '@welcome-widgets/domain';
import { LoadController, WelcomeElement, problemNotice } from '@welcome-widgets/core';
import {
  adoptStyles,
  html,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { FocusAfterRender } from './controllers/focus-after-render.js';
import { LazyChunk } from './controllers/lazy-chunk.js';
import { QuestionnaireController } from './controllers/questionnaire-controller.js';
import { ResultController, type QuickcheckCompleteDetail } from './controllers/result-controller.js';
import { localeLoaders } from './generated/locale-loaders.js';
import { loadDefinition } from './quickcheck-api.js';
import { quickcheckStyles } from './quickcheck.styles.js';
import { decodeAnswers } from '@welcome-widgets/domain/quickcheck';
import { laterChunkSource, type LaterChunk } from './later/later-chunk-source.js';
import { canShow, questionStep } from './steps/question-step.js';

export type { QuickcheckCompleteDetail } from './controllers/result-controller.js';

/**
 * A few plain questions, then the legal pathways to work in Germany that may fit, with reasons,
 * what is still to prove, near misses and next steps. Answers are evaluated in the browser and
 * never sent.
 *
 * @tagname welcome-quickcheck
 * @summary Quickcheck of immigration pathways for skilled workers and employers.
 * @event {CustomEvent<QuickcheckCompleteDetail>} welcome-quickcheck-complete - A result is shown. `detail: { pathways: string[], audience }`, ids only.
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart question - The form of the current question.
 * @csspart progress - The progress line ("Question 3").
 * @csspart summary - The list of answers, each with "Change".
 * @csspart result - The result.
 * @csspart pathway - One pathway card in the result.
 * @csspart near-misses - Pathways only just missed, with what is missing.
 * @csspart points - The opportunity-card points and what else the card needs.
 * @csspart booking - The link to book a consultation.
 * @csspart status - The notice when the questions cannot be loaded.
 */
export class WelcomeQuickcheck extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = quickcheckStyles;

  /** Who answers: the person (`worker`, default) or an employer planning a hire (`employer`). */
  @property() audience: Audience = 'worker';

  /** Link to the consultation booking page; the result adds `?topic=` and `&lang=`. */
  @property({ attribute: 'booking-href' }) bookingHref = '';

  /** Level of the widget's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly focusing = new FocusAfterRender(this);

  /** All but the first question: loaded while the first question is on screen (./later/later-chunk.ts). */
  private readonly later = new LazyChunk<LaterChunk>(
    this,
    () => laterChunkSource.load(),
    (chunk) => this.addStyles(chunk.laterStyles),
  );

  /** The questions and the rule set valid today, as the server decides it (not the device's clock). */
  private readonly definition = new LoadController<QuickcheckDefinition, readonly [Audience]>(this, {
    args: () => [this.who] as const,
    task: ([audience], { signal, client, locale }) => loadDefinition(client, locale, audience, signal),
    // A new language or audience reloads the definition but keeps the answers given so far.
    onComplete: () => {
      if (!this.flow.stage) this.begin();
      else if (this.flow.stage.kind === 'result') this.showResult('answered');
      this.later.preload();
    },
  });

  private readonly flow = new QuestionnaireController(this, {
    ruleSet: () => this.ruleSet!,
    later: () => this.later.value,
    focus: this.focusing,
    onComplete: () => this.showResult('answered'),
    onRestart: () => this.outcome.clear(),
  });

  private readonly outcome = new ResultController(this, {
    focus: this.focusing,
    chunk: this.later,
    announce: (detail) => this.emit<QuickcheckCompleteDetail>('welcome-quickcheck-complete', detail),
  });

  private get who(): Audience {
    return (AUDIENCES as readonly string[]).includes(this.audience) ? this.audience : 'worker';
  }

  private get ruleSet(): RuleSet | undefined {
    return this.definition.value?.current;
  }

  /** A link with `#quickcheck=…` brings its answers back: straight to the result when complete. */
  private begin(): void {
    const complete = this.flow.begin(decodeAnswers(location.hash));
    if (complete) this.showResult('link');
  }

  private showResult(arrival: 'answered' | 'link'): void {
    this.outcome.show(this.flow.answers, this.ruleSet!, this.who, arrival);
  }

  /** The later chunk's styles join the first view's in this widget's shadow root. */
  private addStyles(styles: CSSResult): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    // Without constructable style sheets (older Safari), Lit appends <style> elements: just the new one.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles] : [styles]);
  }

  /** A question past the first, reached before the later chunk arrived (fast hands, a restored link). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const question = this.flow.question;
    if (!question || canShow(question, this.later.value) || this.later.problem) return;
    void this.later.need().then((loaded) => {
      // "Next" asked for focus on the question that cannot come: "Try again" takes it instead.
      if (!loaded && this.focusing.waiting) this.focusing.request({ selectors: ['.retry'] });
    });
  }

  protected override render(): TemplateResult {
    const employer = this.who === 'employer';
    return html`
      <section class="root" part="base" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level(0)}>
          ${
            employer
              ? msg('Quickcheck: Fachkräfte aus dem Ausland einstellen', { id: 'quickcheck.heading.employer' })
              : msg('Quickcheck: Arbeiten in Deutschland', { id: 'quickcheck.heading' })
          }
        </div>
        ${this.definition.render({
          idle: () => this.renderLoading(),
          pending: () => this.renderLoading(),
          complete: () => this.renderStage(),
          error: (problem) => problemNotice(problem, { locale: this.locale, retry: () => this.definition.run() }),
        })}
      </section>
    `;
  }

  /** Headings continue the host page's outline: depth 0 is the widget's heading, 1 just below it. */
  private level(depth: number): number {
    const own = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return Math.min(6, own + depth);
  }

  private renderLoading(): TemplateResult {
    return html`<p class="notice" role="status">
      ${msg('Der Quickcheck wird geladen …', { id: 'quickcheck.loading' })}
    </p>`;
  }

  private renderStage(): unknown {
    const stage = this.flow.stage;
    const later = this.later.value;
    const context = { flow: this.flow, audience: this.who, locale: this.locale };
    switch (stage?.kind) {
      case 'question': {
        const question = this.flow.question!;
        if (canShow(question, later)) return questionStep({ ...context, texts: later }, question);
        return this.renderWaiting(() => void this.later.need().then((loaded) => loaded && this.flow.refocus()));
      }
      case 'summary':
        // Reached from the result only, so the later chunk is there.
        return later ? later.answersSummary({ ...context, headingLevel: this.level(1) }) : this.renderLoading();
      case 'result':
        return later && this.outcome.result ? this.renderResult(later) : this.renderWaiting(() => this.outcome.retry());
      default:
        return this.renderLoading();
    }
  }

  /** Until the later chunk is there: loading, or why it failed with "Try again" (the answers stay). */
  private renderWaiting(retry: () => void): TemplateResult {
    const problem = this.later.problem;
    return problem ? problemNotice(problem, { locale: this.locale, keepsInput: true, retry }) : this.renderLoading();
  }

  private renderResult(view: LaterChunk): TemplateResult {
    return view.resultView({
      result: this.outcome.result!,
      format: view.noteFormat(this.locale),
      audience: this.who,
      locale: this.locale,
      level: (depth) => this.level(depth),
      bookingHref: this.bookingHref,
      shareLink: this.outcome.shareLink(this.flow.answers),
      copied: this.outcome.copied,
      onChange: () => this.flow.summary(),
      onRestart: () => this.flow.restart(),
      onCopy: () => void this.outcome.copyLink(this.flow.answers),
    });
  }
}
