import { isApiError, problemOf, type ApiClient, type Problem } from '@welcome-widgets/core';
import { type HeldBooking } from '@welcome-widgets/domain';
import type { ReactiveControllerHost } from 'lit';
import { cancelBooking } from '../appointments-api.js';

export interface ReleaseHost extends ReactiveControllerHost {
  readonly client: ApiClient;
}

export interface ReleaseOptions {
  /** The hold is gone (now, or before: a lapsed or cancelled hold is as good): back to the form. */
  onReleased: (booking: HeldBooking) => void;
}

/**
 * "Wrong address? Correct it": releases the held time with the booking answer's cancel token, so
 * the person can book it again with the right address instead of waiting for the hold to lapse
 * (and instead of using up one of the address's open bookings). A passing problem can be retried.
 */
export class ReleaseController {
  pending = false;
  problem?: Problem;
  private booking?: HeldBooking;

  constructor(
    private readonly host: ReleaseHost,
    private readonly options: ReleaseOptions,
  ) {}

  async release(booking: HeldBooking): Promise<void> {
    if (this.pending) return;
    this.booking = booking;
    this.pending = true;
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      await cancelBooking(this.host.client, { id: booking.id, token: booking.cancelToken });
      this.options.onReleased(booking);
    } catch (error) {
      // Already cancelled (another tab) or lapsed and purged: the time is free either way.
      if (isApiError(error) && (error.status === 409 || error.status === 404)) this.options.onReleased(booking);
      else this.problem = problemOf(error);
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  retry = (): void => {
    if (this.booking) void this.release(this.booking);
  };

  /** A new held booking starts without the last one's problem. */
  clear(): void {
    this.problem = undefined;
    this.booking = undefined;
  }
}
