/**
 * The widget's parts loaded on demand (each its own chunk). An object, so a test can make a load
 * fail the way a lost connection does.
 */
export const parts = {
  /** The booking form: needed when a time is chosen; fetched while the times are on screen. */
  booking: () => import('../booking/booking-part.js'),
  /** Everything after booking: held, and the views opened from the mails (confirm, confirmed, cancel, room). */
  outcome: () =>
    // The summary lines are shared with the form, so the bundler gives them a chunk of their own:
    // asked for at once, not after the part arrived (a mail's link waits for this part beside its request).
    Promise.all([import('../outcome/outcome-part.js'), import('../steps/when.js')]).then(([part]) => part),
  /** The time-zone search with every zone the browser knows. */
  zoneSearch: () => import('../ui/zone-search.js'),
};
