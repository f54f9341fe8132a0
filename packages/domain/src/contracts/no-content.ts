import * as z from 'zod/mini';

/** An answer without a body (204, e.g. FAQ feedback): `ApiClient` reads it as `{}`. */
export const NoContent = z.object({});
export type NoContent = z.infer<typeof NoContent>;
