import { randomUUID } from 'node:crypto';
import type { Storage } from './database.js';

/** Jobs that run on one instance at a time, each with a row in `job_runs`. */
export type JobName = 'purge';

export interface LeaseOptions {
  now: Date;
  /** How often the job is due across all instances. */
  everyMs: number;
  /** Longest a run may take; a holder that died frees the job after this. */
  leaseMs: number;
  /** Run even though it is not due yet (at start; an operator's or test's request). */
  force?: boolean;
}

/**
 * Runs `job` if it is due and no instance runs it now, and records when it is due next. The lease
 * is taken with one conditional UPDATE, so of several instances ticking at once exactly one runs
 * it; the others return false. A failed run releases the lease without moving the due time, so
 * the next tick retries. Times come from the server's clock, as everywhere in our queries.
 */
export async function runIfDue(
  storage: Storage,
  name: JobName,
  options: LeaseOptions,
  job: () => Promise<void>,
): Promise<boolean> {
  const at = options.now.toISOString();
  // Per run, not per process: two servers in one process (tests) are two holders too.
  const holder = randomUUID();
  const taken = await storage.db
    .updateTable('job_runs')
    .set({ holder, running_until: new Date(options.now.getTime() + options.leaseMs).toISOString() })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('running_until', 'is', null), eb('running_until', '<=', at)]))
    .$if(!options.force, (q) => q.where('next_due_at', '<=', at))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 0) return false;

  let succeeded = false;
  try {
    await job();
    succeeded = true;
  } finally {
    await storage.db
      .updateTable('job_runs')
      .set({
        holder: null,
        running_until: null,
        ...(succeeded ? { next_due_at: new Date(options.now.getTime() + options.everyMs).toISOString() } : {}),
      })
      .where('name', '=', name)
      .where('holder', '=', holder)
      .execute();
  }
  return true;
}
