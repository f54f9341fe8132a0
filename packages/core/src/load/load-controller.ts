import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../api/api-client.js';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { problemOf, type Problem } from './problem.js';

/** What a loading controller needs of its widget: where the API is and which language it shows. */
export interface LoadHost extends ReactiveControllerHost {
  readonly api: string;
  readonly apiFetch?: typeof fetch | undefined;
  readonly locale: SupportedLocale;
  readonly client: ApiClient;
}

export interface LoadContext {
  signal: AbortSignal;
  client: ApiClient;
  locale: SupportedLocale;
}

export interface LoadOptions<T, A extends readonly unknown[]> {
  /** The load's inputs besides `api` (and the locale): a change restarts it. `undefined`: nothing to load now. */
  args: () => A | undefined;
  /** Fetches; must hand `signal` on so a superseded request is cancelled. */
  task: (args: A, context: LoadContext) => Promise<T>;
  /** Content in the widget's language reloads when the language changes (default); figures need not. */
  followsLocale?: boolean;
  /** Runs once with each answer that is still current, before the widget renders it. */
  onComplete?: (value: T, args: A) => void;
}

export type LoadStatus = 'idle' | 'pending' | 'complete' | 'error';

export interface LoadRenderers<T> {
  idle?: () => unknown;
  pending?: () => unknown;
  complete: (value: T) => unknown;
  error?: (problem: Problem) => unknown;
}

/**
 * Loading that follows its inputs (in the spirit of `@lit/task`): it starts when the widget first
 * renders, restarts when `api`, the language or its arguments change, aborts the request it
 * replaces, and never lets a late answer to an old question win. Every widget gets the same
 * pending, error-with-retry and offline states (an offline failure retries when the connection
 * returns), and a widget moved in the page (CMS editors do that) finishes an interrupted load.
 */
export class LoadController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The answer to the current inputs; never an answer to older ones. */
  value?: T;
  problem?: Problem;
  /** The error behind {@link problem}, for widgets that tell more (a 404, a field). */
  error?: unknown;

  private inputs?: readonly unknown[];
  private running?: AbortController;
  private generation = 0;
  private settledWaiters: Array<() => void> = [];
  private readonly retryWhenOnline = (): void => this.run();

  constructor(
    private readonly host: LoadHost,
    private readonly options: LoadOptions<T, A>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (args === undefined) {
      if (this.inputs !== undefined) this.reset();
      return;
    }
    const inputs = [
      this.host.api,
      this.host.apiFetch,
      this.options.followsLocale === false ? '' : this.host.locale,
      ...args,
    ];
    if (this.inputs && sameInputs(this.inputs, inputs)) return;
    this.inputs = inputs;
    this.start(args);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retryWhenOnline);
    if (this.status !== 'pending') return;
    // Moved or removed mid-request: cancel, and load afresh if it comes back.
    this.cancel();
    this.inputs = undefined;
    this.status = 'idle';
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  hostConnected(): void {
    if (this.status === 'idle') this.host.requestUpdate();
  }

  /** Loads again with the same inputs ("Try again"). */
  run(): void {
    this.inputs = undefined;
    this.host.requestUpdate();
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /** Resolves when no load is running (for tests and for actions that need the data). */
  settled(): Promise<void> {
    if (this.status !== 'pending') return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  render(renderers: LoadRenderers<T>): unknown {
    switch (this.status) {
      case 'idle':
        return renderers.idle?.();
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete(this.value as T);
      case 'error':
        return renderers.error?.(this.problem ?? 'server');
    }
  }

  private start(args: A): void {
    this.cancel();
    const running = new AbortController();
    this.running = running;
    const generation = ++this.generation;
    this.status = 'pending';
    this.value = undefined;
    this.problem = undefined;
    this.error = undefined;
    window.removeEventListener('online', this.retryWhenOnline);
    const current = (): boolean => generation === this.generation && !running.signal.aborted;
    let promise: Promise<T>;
    try {
      promise = this.options.task(args, { signal: running.signal, client: this.host.client, locale: this.host.locale });
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        if (!current()) return;
        this.status = 'complete';
        this.value = value;
        this.options.onComplete?.(value, args);
        this.finish();
      },
      (error: unknown) => {
        if (!current()) return;
        this.status = 'error';
        this.error = error;
        this.problem = problemOf(error);
        if (this.problem === 'offline') window.addEventListener('online', this.retryWhenOnline, { once: true });
        this.finish();
      },
    );
  }

  private finish(): void {
    this.running = undefined;
    this.host.requestUpdate();
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  private cancel(): void {
    this.running?.abort();
    this.running = undefined;
    this.generation++;
  }

  private reset(): void {
    this.cancel();
    this.inputs = undefined;
    this.status = 'idle';
    this.value = undefined;
    this.problem = undefined;
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
