import type { Problem } from '@welcome-widgets/core';
import type { ReactiveControllerHost } from 'lit';

/**
 * A chunk loaded on demand: started early (when the browser is idle) so that it is usually there
 * before anyone needs it, kept once loaded so that what uses it renders synchronously, and loaded
 * afresh after a failure. A failure only shows once something on screen needs the chunk.
 */
export class LazyChunk<T> {
  /** The loaded module; undefined until it arrives. */
  value?: T;
  /** Why the chunk could not be loaded when it was needed; "Try again" calls {@link need} again. */
  problem?: Problem;

  private loading?: Promise<T | undefined>;
  /** Whether anything waits for the load in flight (a failed preload alone shows nothing). */
  private waited = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
    /** Runs once when the chunk arrives, before the widget renders with it. */
    private readonly onLoad?: (module: T) => void,
  ) {}

  /** Loads when the browser has nothing better to do. */
  preload(): void {
    const start = () => void this.start();
    // Safari has no requestIdleCallback; a short delay still leaves the first view its bandwidth.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  /** Needed now: resolves with the module, or with undefined once `problem` says why not. Never rejects. */
  need(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    this.waited = true;
    if (this.problem) {
      this.problem = undefined;
      this.host.requestUpdate();
    }
    return this.start();
  }

  private start(): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    this.loading ??= this.importer().then(
      (module) => {
        this.value = module;
        this.problem = undefined;
        this.loading = undefined;
        this.onLoad?.(module);
        this.host.requestUpdate();
        return module;
      },
      () => {
        this.loading = undefined;
        if (this.waited) this.problem = navigator.onLine === false ? 'offline' : 'network';
        this.waited = false;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }
}
