import type { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiDocs } from './api-docs.js';
import { ApiRoutes } from './api-routes.js';

/** The document describes itself too: every route of the API is in it, this one included. */
export function serveApiDocument(
  api: Hono,
  docs: ApiDocs,
  info: { title: string; version: string; serverUrl: string },
): void {
  new ApiRoutes(api, docs, '/api').add(
    {
      method: 'get',
      path: '/api/openapi.json',
      operationId: 'getOpenApiDocument',
      tag: 'Operations',
      security: 'public',
      summary: 'This document: OpenAPI 3.1, generated from the same declarations that register the routes.',
      responses: { 200: { description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) } },
    },
    (c) => c.json(docs.document(info)),
  );
}
