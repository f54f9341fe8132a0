import { ErrorEnvelope } from '@welcome-widgets/core';
import * as z from 'zod';
import type * as zm from 'zod/mini';

type Schema = zm.ZodMiniType;

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path, e.g. `/api/v1/newsletter/confirm`. */
  path: string;
  summary: string;
  tag: string;
  /** Path parameters, e.g. `{id}` in the path. */
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** A body that is not JSON (e.g. `text/csv`), described as a string of that type. */
  bodyContentType?: string;
  /** Behind `Authorization: Bearer $ADMIN_TOKEN`. */
  adminToken?: boolean;
  /** A response without a schema is the ErrorEnvelope, unless it names another content type. */
  responses: Record<number, { description: string; schema?: Schema; contentType?: string }>;
}

/** Every endpoint answers a page from an origin not on the allow-list this way (http/origin-policy.ts). */
const ORIGIN_REFUSED: RouteDoc['responses'] = {
  403: { description: "The calling page's origin is not in ALLOWED_ORIGINS (code `origin-not-allowed`)" },
};

/**
 * Collects the routes' contracts as they are registered and renders OpenAPI 3.1 from the same
 * zod schemas that validate requests, so the document cannot drift from the code.
 */
export class ApiDocs {
  private readonly routes: RouteDoc[] = [];

  add(route: RouteDoc): void {
    this.routes.push(route);
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
        description:
          "REST API of the Welcome widgets. Errors always use the ErrorEnvelope shape. Browsers on a page whose origin is not in the server's ALLOWED_ORIGINS get 403 with code `origin-not-allowed` from every endpoint (readable by that page: the answer carries its origin in Access-Control-Allow-Origin), and no data.",
      },
      servers: [{ url: info.serverUrl }],
      paths,
      components: {
        schemas: { ErrorEnvelope: jsonSchema(ErrorEnvelope, 'output') },
        ...(this.routes.some((r) => r.adminToken)
          ? { securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' } } }
          : {}),
      },
    };
  }

  private operation(route: RouteDoc) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries({ ...ORIGIN_REFUSED, ...route.responses })) {
      if (response.contentType) {
        responses[status] = {
          description: response.description,
          content: { [response.contentType]: { schema: { type: 'string' } } },
        };
        continue;
      }
      const schema = response.schema
        ? jsonSchema(response.schema, 'output')
        : { $ref: '#/components/schemas/ErrorEnvelope' };
      responses[status] = { description: response.description, content: { 'application/json': { schema } } };
    }
    return {
      summary: route.summary,
      tags: [route.tag],
      ...(route.query || route.params
        ? {
            parameters: [
              ...(route.params ? parameters(route.params, 'path') : []),
              ...(route.query ? parameters(route.query, 'query') : []),
            ],
          }
        : {}),
      ...(route.adminToken ? { security: [{ adminToken: [] }] } : {}),
      ...(route.bodyContentType
        ? {
            requestBody: {
              required: true,
              content: { [route.bodyContentType]: { schema: { type: 'string' } } },
            },
          }
        : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
}

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema as unknown as z.ZodType, {
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: Schema, location: 'query' | 'path') {
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required?.includes(name) ?? false),
    schema: property,
  }));
}
