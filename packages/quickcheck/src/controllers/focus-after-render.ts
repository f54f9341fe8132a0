import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusRequest {
  /** Tried in order; the first that matches gets focus ("the checked radio, else the first"). */
  selectors: readonly string[];
  /** Bring the target to the top of the view too: on a phone, a result can start 2,000 px down. */
  scroll?: boolean;
}

/**
 * Moves focus after the next render, when the element to focus exists. Widgets move focus only
 * where a person's own action (or a link they opened) calls for it, never on a plain page load.
 */
export class FocusAfterRender implements ReactiveController {
  private pending?: FocusRequest;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether a request waits for its element (the person's last action asked for focus). */
  get waiting(): boolean {
    return this.pending !== undefined;
  }

  request(request: FocusRequest): void {
    this.pending = request;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const request = this.pending;
    const root = this.host.shadowRoot;
    if (!request || !root) return;
    const target = request.selectors
      .map((selector) => root.querySelector<HTMLElement>(selector))
      .find((element) => element !== null);
    if (!target) return;
    this.pending = undefined;
    // An instant jump: the person asked for this place (a link), no animation needed.
    if (request.scroll) target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: request.scroll === true });
  }
}
