import * as z from 'zod/mini';

/** Readiness and liveness: only what a load balancer needs, no I/O beyond the database. */
export const ProbeResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
});
export type ProbeResponse = z.infer<typeof ProbeResponse>;

/** Each dependency on its own, so monitoring says which one failed. */
export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  storage: z.object({ engine: z.string(), ok: z.boolean() }),
  mail: z.object({
    transport: z.enum(['smtp', 'outbox']),
    /** False while the SMTP server cannot be reached, its last attempt failed, or mails wait too long. */
    ok: z.optional(z.boolean()),
    /** An SMTP reply code or error kind, e.g. `ECONNECTION`; never an address. */
    problem: z.optional(z.string()),
    /** Mails waiting to be sent, the age of the oldest in seconds, and those that failed for good today. */
    queue: z.optional(z.object({ backlog: z.number(), oldestSeconds: z.number(), failedToday: z.number() })),
  }),
  version: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
