import { isApiError, problemOf, type ApiClient, type Problem } from '@welcome-widgets/core';
import { type BookingDetails } from '@welcome-widgets/domain';
import type { ReactiveControllerHost } from 'lit';
import { confirmBooking } from '../appointments-api.js';
import type { BookingRef } from '../link-params.js';

/** How confirming ended when it did not book: each is said plainly, none is worth retrying. */
export type ConfirmFailure = 'expired' | 'cancelled' | 'invalid';

export interface ConfirmHost extends ReactiveControllerHost {
  readonly client: ApiClient;
}

export interface ConfirmOptions {
  /** Booked (or booked before, by an earlier click): show the confirmed view. */
  onConfirmed: (details: BookingDetails, ref: BookingRef) => void;
}

/**
 * The link in the hold mail: the page opens with `?appointment=&appointment-confirm=`, and this
 * sends the confirmation once; a passing problem (offline, server) can be retried.
 */
export class ConfirmController {
  ref?: BookingRef;
  sending = false;
  failure?: ConfirmFailure;
  problem?: Problem;

  constructor(
    private readonly host: ConfirmHost,
    private readonly options: ConfirmOptions,
  ) {}

  async confirm(ref: BookingRef): Promise<void> {
    if (this.sending) return;
    this.ref = ref;
    this.sending = true;
    this.failure = undefined;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const details = await confirmBooking(this.host.client, ref);
      this.options.onConfirmed(details, ref);
    } catch (error) {
      this.failure = failureOf(error);
      if (!this.failure) this.problem = problemOf(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  retry = (): void => {
    if (this.ref) void this.confirm(this.ref);
  };
}

function failureOf(error: unknown): ConfirmFailure | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 410) return 'expired';
  if (error.status === 409) return 'cancelled';
  if (error.status === 404) return 'invalid';
  return undefined;
}
