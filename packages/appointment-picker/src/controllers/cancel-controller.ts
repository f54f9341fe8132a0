import { LoadController, isApiError, problemOf, type LoadHost, type Problem } from '@welcome-widgets/core';
import { type BookingDetails } from '@welcome-widgets/domain';
import { cancelBooking, loadBookingDetails } from '../appointments-api.js';
import type { BookingRef } from '../link-params.js';

/** How cancelling ended, when it did not fail for a passing reason. */
export type CancelOutcome = 'cancelled' | 'already-cancelled' | 'started' | 'invalid';

export interface CancelOptions {
  onCancelled: (id: string) => void;
}

/**
 * One booking opened with the token from the mail (room and cancel views): its details (what and
 * when, loaded with the same token) and cancelling it.
 */
export class CancelController {
  ref?: BookingRef;
  outcome?: CancelOutcome;
  problem?: Problem;
  sending = false;
  readonly details: LoadController<BookingDetails, readonly [string, string]>;

  constructor(
    private readonly host: LoadHost,
    private readonly options: CancelOptions,
  ) {
    this.details = new LoadController(host, {
      args: () => (this.ref ? ([this.ref.id, this.ref.token] as const) : undefined),
      task: ([id, token], { client, signal }) => loadBookingDetails(client, { id, token }, signal),
      followsLocale: false,
    });
  }

  open(ref: BookingRef): void {
    this.ref = ref;
    this.outcome = undefined;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  close(): void {
    this.ref = undefined;
    this.host.requestUpdate();
  }

  /** A wrong or expired token (404): the link cannot open anything, and trying again will not help. */
  get invalidLink(): boolean {
    return this.details.status === 'error' && isApiError(this.details.error) && this.details.error.status === 404;
  }

  /** Cancelled before (by this link, another tab, or the county). */
  get wasCancelled(): boolean {
    return this.details.value?.status === 'cancelled' || this.outcome === 'already-cancelled';
  }

  async cancel(): Promise<void> {
    const ref = this.ref;
    if (!ref || this.sending) return;
    this.sending = true;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      await cancelBooking(this.host.client, ref);
      this.outcome = 'cancelled';
      this.options.onCancelled(ref.id);
    } catch (error) {
      this.outcome = outcomeOf(error);
      if (!this.outcome) this.problem = problemOf(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}

function outcomeOf(error: unknown): CancelOutcome | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 404) return 'invalid';
  if (error.status === 409) return error.code === 'already-cancelled' ? 'already-cancelled' : 'started';
  return undefined;
}
