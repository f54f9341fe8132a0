import type { Audience, PathwayId, QuickcheckResult, RuleSet } from '@welcome-widgets/domain';
import type { ReactiveControllerHost } from 'lit';
import {
  decodeAnswers,
  encodeAnswers,
  profileFromAnswers,
  type Answers,
  evaluate,
} from '@welcome-widgets/domain/quickcheck';
import type { FocusAfterRender } from './focus-after-render.js';

export interface QuickcheckCompleteDetail {
  pathways: PathwayId[];
  audience: Audience;
}

export interface ResultOptions {
  focus: FocusAfterRender;
  /** Tells the host page a result is shown (ids only, never answers). */
  announce: (detail: QuickcheckCompleteDetail) => void;
}

/**
 * The result: evaluated in the browser (answers never leave the device), remembered in the
 * page's link so it can be shared, copied to the clipboard, and announced to the host page.
 */
export class ResultController {
  result?: QuickcheckResult;
  copied?: 'done' | 'failed';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResultOptions,
  ) {}

  /**
   * Evaluates and shows. `arrival`: 'answered' moves focus to the result; 'link' (a shared link
   * was opened) also scrolls it into view, since on a phone it starts far down the page.
   */
  show(answers: Answers, ruleSet: RuleSet, audience: Audience, arrival: 'answered' | 'link'): void {
    const year = Number(ruleSet.validFrom.slice(0, 4));
    this.result = evaluate(profileFromAnswers(answers, ruleSet, { year, audience }), ruleSet);
    this.copied = undefined;
    this.rememberInLink(answers);
    this.options.focus.request({ selectors: ['#result-heading'], scroll: arrival === 'link' });
    this.options.announce({
      pathways: this.result.pathways.map((p) => p.id),
      audience,
    });
    this.host.requestUpdate();
  }

  /** Answers start afresh: the link forgets them too. */
  clear(): void {
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

  /** Puts the answers into the page's fragment, unless the host page uses the fragment itself. */
  private rememberInLink(answers: Answers): void {
    const hash = location.hash.replace(/^#/, '');
    if (hash !== '' && !decodeAnswers(location.hash)) return;
    history.replaceState(history.state, '', `#${encodeAnswers(answers)}`);
  }
}
