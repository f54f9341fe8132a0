import { ErrorEnvelope } from '@welcome-widgets/domain';
import * as z from 'zod';
import type * as zm from 'zod/mini';
import type { RouteContract } from './api-routes.js';

type Schema = zm.ZodMiniType;
type JsonSchema = Record<string, unknown>;

/** A response without a schema is the ErrorEnvelope, unless it names another content type; 204 has no body. */
export interface ResponseDoc {
  description: string;
  schema?: Schema;
  contentType?: string;
}

// The contract's generics only type the handler; the document reads the schemas as they are.
type AnyContract = RouteContract<unknown, unknown, unknown>;

/** Every endpoint answers a page from an origin not on the allow-list this way (http/origin-policy.ts). */
const ORIGIN_REFUSED: Record<number, ResponseDoc> = {
  403: { description: "The calling page's origin is not in ALLOWED_ORIGINS (code `origin-not-allowed`)" },
};

/** What every staff operation may answer before it runs (staff/staff-access.ts). */
const STAFF_REFUSED: Record<number, ResponseDoc> = {
  401: { description: 'No valid session and no (or a wrong) bearer token (code `unauthorized`)' },
  403: {
    description:
      "The calling page's origin is not in ALLOWED_ORIGINS (code `origin-not-allowed`); with a session, a request other than GET without this server's Origin or the session's X-CSRF-Token (code `csrf_failed`); a role the operation does not allow (code `forbidden`)",
  },
};

const SECURITY_SCHEMES = {
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'welcome_session',
    description:
      "The session cookie set by `POST /api/v1/admin/session` (named `__Host-welcome_session` when PUBLIC_URL is https). Every request but GET/HEAD also needs `Origin` (this server) and `X-CSRF-Token` (the session's `csrfToken`).",
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'ADMIN_TOKEN, acting with the role ADMIN_TOKEN_ROLE (default `admin`); needs no CSRF token.',
  },
};

/**
 * Collects the routes' contracts as they are registered (openapi/api-routes.ts) and renders
 * OpenAPI 3.1 from the same zod schemas that validate requests, so the document cannot drift from the code.
 */
export class ApiDocs {
  private readonly routes: AnyContract[] = [];

  add<P, Q, B>(route: RouteContract<P, Q, B>): void {
    const known = this.routes.find(
      (r) => r.operationId === route.operationId || (r.path === route.path && r.method === route.method),
    );
    if (known) throw new Error(`${route.method} ${route.path} (${route.operationId}) is declared twice.`);
    this.routes.push(route as unknown as AnyContract);
  }

  document(info: { title: string; version: string; serverUrl: string }) {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes) {
      paths[route.path] ??= {};
      paths[route.path]![route.method] = this.operation(route);
    }
    return {
      openapi: '3.1.0',
      info: {
        title: info.title,
        version: info.version,
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        description:
          "REST API of the Welcome widgets. Errors always use the ErrorEnvelope shape. Browsers on a page whose origin is not in the server's ALLOWED_ORIGINS get 403 with code `origin-not-allowed` from every endpoint (readable by that page: the answer carries its origin in Access-Control-Allow-Origin), and no data.",
      },
      servers: [{ url: info.serverUrl }],
      paths,
      components: {
        schemas: { ErrorEnvelope: jsonSchema(ErrorEnvelope, 'output') },
        ...(this.routes.some((r) => r.security === 'staff') ? { securitySchemes: SECURITY_SCHEMES } : {}),
      },
    };
  }

  private operation(route: AnyContract) {
    const responses: Record<string, unknown> = {};
    const staff = route.security === 'staff';
    for (const [status, response] of Object.entries({
      ...(staff ? STAFF_REFUSED : ORIGIN_REFUSED),
      ...route.responses,
      ...(staff ? { 403: staffForbidden(route.responses[403]) } : {}),
    })) {
      responses[status] = { description: response.description, ...responseContent(Number(status), response) };
    }
    const parameters = [
      ...(route.params ? parametersOf(route.params, 'path') : []),
      ...(route.query ? parametersOf(route.query, 'query') : []),
      ...(staff && route.method !== 'get' ? [CSRF_PARAMETER] : []),
    ];
    const body = route.body;
    return {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      ...(staff ? { description: `Roles: ${(route.roles ?? []).join(', ')}.` } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      // Public operations say so: a generator or linter reads a missing `security` as "unknown".
      // OpenAPI 3.1 lets a non-OAuth requirement list the roles it needs: here, the staff roles.
      security: staff ? [{ staffSession: [...(route.roles ?? [])] }, { apiToken: [...(route.roles ?? [])] }] : [],
      ...(body
        ? {
            requestBody: {
              required: true,
              content:
                'json' in body
                  ? { 'application/json': { schema: jsonSchema(body.json, 'input') } }
                  : { [body.contentType]: { schema: { type: 'string' } } },
            },
          }
        : {}),
      responses,
    };
  }
}

const CSRF_PARAMETER = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: false,
  description:
    "With a session: the session's `csrfToken` (403 `csrf_failed` without it). Not needed with the bearer token.",
  schema: { type: 'string' },
};

/** A staff operation's 403 names every refusal, and then the operation's own. */
function staffForbidden(own: ResponseDoc | undefined): ResponseDoc {
  const general = STAFF_REFUSED[403]!.description;
  return { description: own ? `${general}; ${own.description}` : general };
}

function responseContent(status: number, response: ResponseDoc) {
  if (status === 204) return {};
  if (response.contentType) return { content: { [response.contentType]: { schema: { type: 'string' } } } };
  const schema = response.schema
    ? jsonSchema(response.schema, 'output')
    : { $ref: '#/components/schemas/ErrorEnvelope' };
  return { content: { 'application/json': { schema } } };
}

function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema as unknown as z.ZodType, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return withEnumKeysAsProperties(rest) as JsonSchema;
}

/**
 * zod renders a record over an enum (`z.record(z.enum(PATHWAY_IDS), …)`) as `propertyNames` plus
 * `required`, which lists properties no `properties` defines: generators then type it as an open
 * map and linters refuse it. Spelled out as properties it says the same, and says it to everyone.
 */
function withEnumKeysAsProperties(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withEnumKeysAsProperties);
  if (typeof node !== 'object' || node === null) return node;
  const object = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withEnumKeysAsProperties(value)]),
  ) as JsonSchema;
  const keys = (object.propertyNames as { enum?: unknown[] } | undefined)?.enum;
  if (object.type !== 'object' || !keys || object.properties || typeof object.additionalProperties !== 'object') {
    return object;
  }
  const { propertyNames: _names, additionalProperties: value, ...rest } = object;
  return {
    ...rest,
    properties: Object.fromEntries(keys.map((key) => [String(key), value])),
    additionalProperties: false,
  };
}

function parametersOf(schema: Schema, location: 'query' | 'path') {
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required?.includes(name) ?? false),
    schema: property,
  }));
}
