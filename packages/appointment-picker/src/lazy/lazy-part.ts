import { ApiError, problemOf, type Problem } from '@welcome-widgets/core';
import type { ReactiveControllerHost } from 'lit';

/**
 * A part of the widget the first view does not need (the booking form, the outcomes, the zone
 * search), loaded with `import()` when it is wanted or, earlier, when the browser is idle. A
 * failed load is a problem like a failed request: shown with "Try again", which loads again
 * (Chromium and Firefox fetch a failed module anew); nothing the person chose or typed is lost,
 * since that lives in the first view's state or in controllers of parts that did load.
 */
export class LazyPart<T> {
  value?: T;
  problem?: Problem;
  private loading?: Promise<T>;
  private preloading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importPart: () => Promise<T>,
    /** Runs once, when the part arrived, before the widget renders it. */
    private readonly onLoad?: (part: T) => void,
  ) {}

  /** Resolves with the part; rejects (as a network failure, for core's problem texts) when it cannot be fetched. */
  load(): Promise<T> {
    if (this.value) return Promise.resolve(this.value);
    if (this.loading) return this.loading;
    this.problem = undefined;
    this.loading = this.importPart().then(
      (part) => {
        this.value = part;
        this.loading = undefined;
        this.onLoad?.(part);
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.loading = undefined;
        const failure = new ApiError('network', `could not load a part of the widget: ${String(error)}`);
        this.problem = problemOf(failure);
        this.host.requestUpdate();
        throw failure;
      },
    );
    this.host.requestUpdate();
    return this.loading;
  }

  /** Loads when the browser has nothing better to do; once: a failure waits for the person's retry. */
  preload(): void {
    if (this.preloading || this.value || this.loading) return;
    this.preloading = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(this.start, { timeout: 2000 });
    else setTimeout(this.start, 200);
  }

  /** Loads now, the outcome shown by the widget's render ("Try again" after a failure, too). */
  start = (): void => void this.load().catch(() => undefined);
}
