import { FIELD_ERROR_MESSAGES, type FieldErrors } from '@welcome-widgets/domain';
import { HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import type { Scenario } from './scenarios.js';

/** Mocks must never drift from the contract the widgets rely on: every body is parsed by it. */
export function checked<T>(schema: z.ZodMiniType<T>, body: T): T {
  return z.parse(schema, body);
}

/** A 422 with field errors, shaped like the real server's. */
export function validationError(fieldCodes: FieldErrors): Response {
  const fields = Object.fromEntries(
    Object.entries(fieldCodes).map(([name, code]) => [name, FIELD_ERROR_MESSAGES[code]]),
  );
  return HttpResponse.json(
    {
      error: { code: 'validation_failed', message: 'Some fields are not valid.', fields, fieldCodes },
      requestId: 'mock-422',
    },
    { status: 422 },
  );
}

const requestId = () => `mock-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The answer for a scenario, or undefined when the handler should give its normal response.
 * Error bodies follow the shared ErrorEnvelope contract, like the real server's.
 */
export async function scenarioResponse(scenario: Scenario): Promise<Response | undefined> {
  switch (scenario) {
    case 'ok':
      return undefined;
    case 'slow':
      await delay(2500);
      return undefined;
    case 'error':
      return HttpResponse.json(
        { error: { code: 'internal', message: 'Internal server error' }, requestId: requestId() },
        { status: 500 },
      );
    case 'malformed':
      return new HttpResponse('<html><body>Bad gateway from a proxy</body></html>', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'offline':
      return HttpResponse.error();
    case 'rate-limited':
      return HttpResponse.json(
        { error: { code: 'rate_limited', message: 'Too many requests' }, requestId: requestId() },
        { status: 429, headers: { 'retry-after': '600' } },
      );
    case 'origin-not-allowed':
      return HttpResponse.json(
        {
          error: { code: 'origin-not-allowed', message: 'This origin is not allowed to use the API.' },
          requestId: requestId(),
        },
        { status: 403 },
      );
    case 'validation':
    case 'conflict':
      return undefined;
  }
}
