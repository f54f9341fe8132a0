import { fieldErrorsFromIssues, type StaffRole } from '@welcome-widgets/domain';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { validationFailed, type HttpError } from '../http/api-error.js';
import { readJson } from '../http/read-json.js';
import type { ApiDocs, ResponseDoc } from './api-docs.js';

/** The parsed request a handler gets: each part is `undefined` when the route declares no schema for it. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One route, declared once: the Hono handler is registered from it and the OpenAPI operation is
 * rendered from it, with the same zod schemas validating the request (docs/adr/0017-routes-declared-once.md).
 */
export interface RouteContract<P = undefined, Q = undefined, B = undefined> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The full OpenAPI path as clients call it, e.g. `/api/v1/appointments/{id}`; Hono's `:id` is made from it. */
  path: string;
  /** Unique and stable: generated clients name their functions after it. camelCase. */
  operationId: string;
  summary: string;
  tag: string;
  /**
   * `staff`: the staff guard (staff/staff-access.ts) runs before anything else of the route: a session
   * (with CSRF checks) or ADMIN_TOKEN, of one of `roles` (docs/adr/0018-staff-console.md).
   */
  security: 'public' | 'staff';
  /** Who may call a `staff` route; required there, and nowhere else. */
  roles?: readonly StaffRole[];
  params?: z.ZodMiniType<P>;
  /** Empty values (`?audience=`) count as missing. */
  query?: z.ZodMiniType<Q>;
  /** JSON (read by readJson, with its 415/413/400/422 and `maxBytes`) or another type the handler reads itself. */
  body?: { json: z.ZodMiniType<B>; maxBytes?: number } | { contentType: string };
  /**
   * The answer to params or query that do not fit their schema, instead of 422 with field errors: a
   * forged token or id gets the same 404 as an unknown one.
   */
  rejectInvalid?: { params?: () => HttpError; query?: () => HttpError };
  /** Run before the request is read, after the staff guard (rate limits). */
  middleware?: MiddlewareHandler[];
  responses: Record<number, ResponseDoc>;
}

export type RouteHandler<P, Q, B> = (c: Context, input: RouteInput<P, Q, B>) => Response | Promise<Response>;

/**
 * Registers declared routes on a Hono app mounted at `mountedAt` (`/api/v1/newsletter`) and hands
 * each declaration to the document. The mount point is said twice (here and where the app is
 * mounted); test/openapi-document.test.ts compares the app's routes with the document, so they cannot differ.
 */
export class ApiRoutes {
  constructor(
    private readonly app: Hono,
    private readonly docs: ApiDocs,
    private readonly mountedAt: string,
    private readonly guards: { staff?: (roles: readonly StaffRole[]) => MiddlewareHandler } = {},
  ) {}

  add<P = undefined, Q = undefined, B = undefined>(
    contract: RouteContract<P, Q, B>,
    handler: RouteHandler<P, Q, B>,
  ): void {
    if (!contract.path.startsWith(this.mountedAt)) {
      throw new Error(`Route ${contract.path} is not below ${this.mountedAt}.`);
    }
    if ((contract.security === 'staff') !== (contract.roles !== undefined && contract.roles.length > 0)) {
      throw new Error(`Route ${contract.path}: roles go with security 'staff', and only there.`);
    }
    if (contract.security === 'staff' && !this.guards.staff) {
      throw new Error(`Route ${contract.path} needs the staff guard.`);
    }
    const guard = contract.security === 'staff' ? this.guards.staff?.(contract.roles ?? []) : undefined;
    this.docs.add(contract);
    const honoPath = contract.path.slice(this.mountedAt.length).replace(/\{(\w+)\}/g, ':$1') || '/';
    const handlers: MiddlewareHandler[] = [...(guard ? [guard] : []), ...(contract.middleware ?? [])];
    const answer: MiddlewareHandler = async (c) => handler(c, await readInput(c, contract));
    this.app.on(contract.method.toUpperCase(), [honoPath], ...handlers, answer);
  }
}

async function readInput<P, Q, B>(c: Context, contract: RouteContract<P, Q, B>): Promise<RouteInput<P, Q, B>> {
  const params = contract.params
    ? parsePart(contract.params, c.req.param(), contract.rejectInvalid?.params)
    : (undefined as P);
  const query = contract.query
    ? parsePart(contract.query, withoutEmptyValues(c.req.query()), contract.rejectInvalid?.query)
    : (undefined as Q);
  const body =
    contract.body && 'json' in contract.body
      ? await readJson(c, contract.body.json, contract.body.maxBytes)
      : (undefined as B);
  return { params, query, body };
}

function parsePart<T>(schema: z.ZodMiniType<T>, raw: Record<string, string>, reject?: () => HttpError): T {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  throw reject ? reject() : validationFailed(fieldErrorsFromIssues(result.error.issues, raw));
}

function withoutEmptyValues(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}
