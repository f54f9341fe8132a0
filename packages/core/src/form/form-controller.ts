import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isApiError } from '../api/api-error.js';
import type { FieldErrors } from '@welcome-widgets/domain';
import { problemOf, retryTimeOf, type Problem } from '../load/problem.js';

export interface FormHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FormOptions<V, F extends string> {
  /** The empty form; also what {@link FormController.reset} returns to. */
  initial: () => V;
  /** The fields in the order they appear: the first with an error gets the focus. */
  fields: readonly F[];
  /** What to focus for a field with an error (default `#<field>`; a group focuses its first choice). */
  focusTarget?: (field: F) => string;
}

/**
 * One form layer for every widget: what the person typed (kept through every failure), field
 * errors from the widget's own check or a 422, focus to the first invalid field, and the
 * submission with its offline, network and rate-limit states.
 */
export class FormController<V extends object, F extends string = string> implements ReactiveController {
  values: V;
  errors: Partial<Record<F, string>> = {};
  problem?: Problem;
  retryAt?: Date;
  submitting = false;

  private pendingFocus?: string;

  constructor(
    private readonly host: FormHost,
    private readonly options: FormOptions<V, F>,
  ) {
    this.values = options.initial();
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.pendingFocus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
  }

  /** Merges what the person changed and clears the error of the field being corrected. */
  set(patch: Partial<V>, field?: F): void {
    this.values = { ...this.values, ...patch };
    if (field && this.errors[field]) {
      const { [field]: _corrected, ...rest } = this.errors;
      this.errors = rest as Partial<Record<F, string>>;
    }
    this.host.requestUpdate();
  }

  /** Shows field errors and moves the focus to the first of them after the next render. */
  showErrors(errors: FieldErrors | Partial<Record<F, string>> | Record<string, string>): void {
    const known = Object.fromEntries(
      Object.entries(errors).filter(([field]) => (this.options.fields as readonly string[]).includes(field)),
    ) as Partial<Record<F, string>>;
    this.errors = known;
    const first = this.options.fields.find((field) => known[field]);
    if (first) this.pendingFocus = this.options.focusTarget?.(first) ?? `#${first}`;
    this.host.requestUpdate();
  }

  /** Forgets the typed values (after success), the errors and any problem. */
  reset(): void {
    this.values = this.options.initial();
    this.errors = {};
    this.problem = undefined;
    this.retryAt = undefined;
    this.host.requestUpdate();
  }

  /** Clears a shown problem (e.g. when the person goes back to the form). */
  clearProblem(): void {
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /**
   * Sends the form once at a time. A 422 naming this form's fields shows those errors; other
   * failures become a {@link problem}; the values stay as typed either way. `handle` may claim
   * an error first (a 409, say) by returning true. Resolves to whether the send succeeded.
   */
  async submit(send: () => Promise<void>, handle?: (error: unknown) => boolean | Promise<boolean>): Promise<boolean> {
    if (this.submitting) return false;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.problem = 'offline';
      this.host.requestUpdate();
      return false;
    }
    this.errors = {};
    this.problem = undefined;
    this.retryAt = undefined;
    this.submitting = true;
    this.host.requestUpdate();
    try {
      await send();
      return true;
    } catch (error) {
      if (await handle?.(error)) return false;
      if (isApiError(error) && error.status === 422 && this.hasKnownField(error.fieldCodes)) {
        this.showErrors(error.fieldCodes);
        return false;
      }
      this.problem = problemOf(error);
      this.retryAt = retryTimeOf(error);
      return false;
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  /** The ids an input is described by: its hint and, while it has one, its error. */
  describedBy(field: F, hintId?: string): string | undefined {
    return [hintId, this.errors[field] ? errorId(field) : undefined].filter(Boolean).join(' ') || undefined;
  }

  private hasKnownField(codes: Record<string, string>): boolean {
    return Object.keys(codes).some((field) => (this.options.fields as readonly string[]).includes(field));
  }
}

export function errorId(field: string): string {
  return `${field}-error`;
}
