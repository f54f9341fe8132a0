import * as z from 'zod/mini';

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  storage: z.object({ engine: z.string(), ok: z.boolean() }),
  mail: z.object({ transport: z.enum(['smtp', 'outbox']) }),
  version: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
