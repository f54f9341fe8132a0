import type { StaffRole, StaffSession } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { hashPassword } from '../../src/staff/passwords.js';
import type { TestServer } from './test-server.js';

export const STAFF_PASSWORD = 'a long staff password 7';

/** An account straight in the database (the CLI has its own test): what most staff tests start from. */
export async function createStaffUser(
  server: TestServer,
  account: { email: string; role: StaffRole; consultantId?: string; password?: string },
): Promise<void> {
  const at = new Date().toISOString();
  const hash = await hashPassword(account.password ?? STAFF_PASSWORD);
  await server.database.execute(
    sql`insert into staff_users (email, name, role, consultant_id, password_hash, created_at, password_changed_at)
        values (${account.email}, ${account.email.split('@')[0]}, ${account.role}, ${account.consultantId ?? null}, ${hash}, ${at}, ${at})`,
  );
}

/** The cookie pair (`name=value`) a Set-Cookie header sets. */
export function cookieOf(response: Response): string | undefined {
  return response.headers.get('set-cookie')?.split(';')[0];
}

export interface StaffClient {
  cookie: string;
  session: StaffSession;
  /** A request with the cookie, and for anything but GET this server's Origin and the CSRF token. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export function loginRequest(email: string, password: string, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  };
}

export async function signIn(server: TestServer, email: string, password = STAFF_PASSWORD): Promise<StaffClient> {
  const response = await server.api('/v1/admin/session', loginRequest(email, password, { origin: server.url }));
  if (response.status !== 200) throw new Error(`login of ${email}: ${response.status} ${await response.text()}`);
  const cookie = cookieOf(response)!;
  const session = (await response.json()) as StaffSession;
  return staffClient(server, cookie, session);
}

export function staffClient(server: TestServer, cookie: string, session: StaffSession): StaffClient {
  return {
    cookie,
    session,
    request(path, init = {}) {
      const method = (init.method ?? 'GET').toUpperCase();
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (method !== 'GET' && method !== 'HEAD') {
        if (!headers.has('origin')) headers.set('origin', server.url);
        if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', session.csrfToken);
      }
      // An empty value given by the test means "leave this header out".
      for (const name of ['origin', 'x-csrf-token']) if (headers.get(name) === '') headers.delete(name);
      return server.api(path, { ...init, headers });
    },
  };
}

export function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A clock the test moves: the server's `now` option. */
export function movableClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}
