import type { StaffRole } from '@welcome-widgets/domain';
import type { Context } from 'hono';
import type { Selectable } from 'kysely';
import { HttpError } from '../http/api-error.js';
import type { StaffUserTable } from '../storage/schema.js';

export type StaffUserRow = Selectable<StaffUserTable>;

/** Who is making a staff request: a signed-in account, ADMIN_TOKEN, or the command line. */
export type StaffActor =
  | {
      kind: 'user';
      user: StaffUserRow;
      session: { idHash: string; csrfToken: string; idleExpiresAt: string; expiresAt: string };
    }
  | { kind: 'token'; role: StaffRole }
  | { kind: 'cli' };

declare module 'hono' {
  interface ContextVariableMap {
    staffActor: StaffActor;
  }
}

export function roleOf(actor: StaffActor): StaffRole {
  if (actor.kind === 'user') return actor.user.role;
  return actor.kind === 'token' ? actor.role : 'admin';
}

/** The actor the staff guard admitted; a route without the guard has none (a programming error). */
export function staffActor(c: Context): StaffActor {
  const actor = c.get('staffActor');
  if (!actor) throw new Error('staffActor() on a route without the staff guard');
  return actor;
}

/** Routes about one's own account (password, sessions) need one: ADMIN_TOKEN has none. */
export function signedInUser(c: Context): Extract<StaffActor, { kind: 'user' }> {
  const actor = staffActor(c);
  if (actor.kind !== 'user')
    throw new HttpError(403, 'forbidden', 'This needs a signed-in account; an API token has none.');
  return actor;
}
