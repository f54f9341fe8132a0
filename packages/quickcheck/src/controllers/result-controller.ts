import type { Audience, PathwayId, QuickcheckResult, RuleSet } from '@welcome-widgets/domain';
import type { ReactiveControllerHost } from 'lit';
import { decodeAnswers, encodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import type { LaterChunk } from '../later/later-chunk-source.js';
import type { FocusAfterRender } from './focus-after-render.js';
import type { LazyChunk } from './lazy-chunk.js';

export interface QuickcheckCompleteDetail {
  pathways: PathwayId[];
  audience: Audience;
}

export interface ResultOptions {
  focus: FocusAfterRender;
  /** The rules and the result's texts. */
  chunk: LazyChunk<LaterChunk>;
  /** Tells the host page a result is shown (ids only, never answers). */
  announce: (detail: QuickcheckCompleteDetail) => void;
}

interface ResultRequest {
  answers: Answers;
  ruleSet: RuleSet;
  audience: Audience;
  arrival: 'answered' | 'link';
}

/**
 * The result: evaluated in the browser (answers never leave the device), remembered in the
 * page's link so it can be shared, copied to the clipboard, and announced to the host page.
 * The rules and the result's texts come with the later chunk, loaded while the first question
 * is on screen; a result asked for before it arrives shows when it does.
 */
export class ResultController {
  result?: QuickcheckResult;
  copied?: 'done' | 'failed';

  /** The latest result asked for: a late chunk shows this one, never an older one. */
  private wanted?: ResultRequest;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResultOptions,
  ) {}

  /**
   * Evaluates and shows. `arrival`: 'answered' moves focus to the result; 'link' (a shared link
   * was opened) also scrolls it into view, since on a phone it starts far down the page.
   */
  show(answers: Answers, ruleSet: RuleSet, audience: Audience, arrival: 'answered' | 'link'): void {
    const request: ResultRequest = { answers, ruleSet, audience, arrival };
    this.wanted = request;
    this.copied = undefined;
    // In the link before the result: a reload after a failed chunk still has the answers.
    this.rememberInLink(answers);
    const scroll = arrival === 'link';
    this.options.focus.request({ selectors: ['#result-heading'], scroll });
    const chunk = this.options.chunk.value;
    if (chunk) return this.evaluate(chunk, request);
    this.result = undefined;
    this.host.requestUpdate();
    void this.options.chunk.need().then((loaded) => {
      if (this.wanted !== request) return;
      if (loaded) this.evaluate(loaded, request);
      else this.options.focus.request({ selectors: ['.retry'], scroll });
    });
  }

  /** "Try again" after the later chunk failed to load: the same answers, loaded afresh. */
  retry(): void {
    const wanted = this.wanted;
    if (wanted) this.show(wanted.answers, wanted.ruleSet, wanted.audience, wanted.arrival);
  }

  /** Answers start afresh: the link forgets them too. */
  clear(): void {
    this.wanted = undefined;
    this.result = undefined;
    this.copied = undefined;
    if (decodeAnswers(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  shareLink(answers: Answers): string {
    const url = new URL(location.href);
    url.hash = encodeAnswers(answers);
    return url.href;
  }

  async copyLink(answers: Answers): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareLink(answers));
      this.copied = 'done';
    } catch {
      this.copied = 'failed';
    }
    this.host.requestUpdate();
  }

  private evaluate(chunk: LaterChunk, { answers, ruleSet, audience }: ResultRequest): void {
    this.result = chunk.evaluateAnswers(answers, ruleSet, audience);
    this.options.announce({
      pathways: this.result.pathways.map((p) => p.id),
      audience,
    });
    this.host.requestUpdate();
  }

  /** Puts the answers into the page's fragment, unless the host page uses the fragment itself. */
  private rememberInLink(answers: Answers): void {
    const hash = location.hash.replace(/^#/, '');
    if (hash !== '' && !decodeAnswers(location.hash)) return;
    history.replaceState(history.state, '', `#${encodeAnswers(answers)}`);
  }
}
