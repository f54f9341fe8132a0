import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { ErrorEnvelopeCheck, check, type ErrorEnvelope, type StandardSchema } from '@welcome-widgets/domain';
import { ApiError } from './api-error.js';

export interface ApiClientOptions {
  /** Base URL of the backend, e.g. `/api` or `https://welcome.example/api`. */
  baseUrl: string;
  timeoutMs?: number;
  /** Retries for idempotent requests on network errors and 5xx. */
  retries?: number;
  fetch?: typeof fetch;
  /**
   * Cookies: never for the widgets (the backend needs none and partner pages must not leak theirs);
   * the staff console sends its session cookie to its own origin ('same-origin').
   */
  credentials?: 'omit' | 'same-origin';
  /** Headers added to each request as it is sent, by method (the console's CSRF token). */
  headers?: (method: string) => Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  searchParams?: Record<string, string | number | undefined>;
}

/**
 * Talks to the county's backend and returns only data that passed its contract: everything
 * else becomes an {@link ApiError}, so a widget renders an error state instead of throwing.
 * The contract is a Standard Schema: the widgets pass the checks generated from the zod
 * contracts (no zod in their bundles), the staff console passes zod schemas.
 */
export class ApiClient {
  private readonly http: KyInstance;

  constructor(options: ApiClientOptions) {
    this.http = ky.create({
      prefixUrl: toAbsoluteBase(options.baseUrl),
      timeout: options.timeoutMs ?? 15_000,
      credentials: options.credentials ?? 'omit',
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'head', 'options', 'delete'],
        statusCodes: [408, 500, 502, 503, 504],
        backoffLimit: 2_000,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.headers ? { hooks: { beforeRequest: [withHeaders(options.headers)] } } : {}),
    });
  }

  get<T>(path: string, schema: StandardSchema<T>, options: RequestOptions = {}): Promise<T> {
    return this.send('get', path, schema, undefined, options);
  }

  post<T>(path: string, body: unknown, schema: StandardSchema<T>, options: RequestOptions = {}): Promise<T> {
    return this.send('post', path, schema, body, options);
  }

  put<T>(path: string, body: unknown, schema: StandardSchema<T>, options: RequestOptions = {}): Promise<T> {
    return this.send('put', path, schema, body, options);
  }

  patch<T>(path: string, body: unknown, schema: StandardSchema<T>, options: RequestOptions = {}): Promise<T> {
    return this.send('patch', path, schema, body, options);
  }

  delete<T>(path: string, schema: StandardSchema<T>, options: RequestOptions = {}): Promise<T> {
    return this.send('delete', path, schema, undefined, options);
  }

  private async send<T>(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    schema: StandardSchema<T>,
    body: unknown,
    options: RequestOptions,
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.http(path.replace(/^\//, ''), {
        method,
        ...(body === undefined ? {} : { json: body }),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.searchParams ? { searchParams: definedParams(options.searchParams) } : {}),
      });
    } catch (error) {
      throw await toApiError(error);
    }
    const data = await readJson(response);
    // zod's schemas may answer with a promise (async refinements); ours never do.
    const result = schema['~standard'].validate(data);
    const parsed = result instanceof Promise ? await result : result;
    if (parsed.issues) {
      throw new ApiError(
        'invalid-response',
        `Response of ${method.toUpperCase()} ${path} does not match its contract`,
        response.status,
      );
    }
    return parsed.value;
  }
}

function withHeaders(headers: (method: string) => Record<string, string>) {
  return (request: Request): void => {
    for (const [name, value] of Object.entries(headers(request.method))) request.headers.set(name, value);
  };
}

function toAbsoluteBase(baseUrl: string): string {
  const base = new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/');
  return base.href.endsWith('/') ? base.href : `${base.href}/`;
}

function definedParams(params: Record<string, string | number | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) result[key] = String(value);
  return result;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return {};
  try {
    return await response.json();
  } catch {
    throw new ApiError('invalid-response', 'Response is not JSON', response.status);
  }
}

async function toApiError(error: unknown): Promise<ApiError> {
  if (error instanceof TimeoutError) return new ApiError('timeout', 'The server did not answer in time');
  if (error instanceof HTTPError) {
    const { response } = error;
    let envelope: ErrorEnvelope | undefined;
    try {
      const parsed = check(ErrorEnvelopeCheck, await response.json());
      if (!parsed.issues) envelope = parsed.value;
    } catch {
      // A body that is not JSON is treated like a missing one: the status still tells what happened.
    }
    return new ApiError('http', `HTTP ${response.status}`, response.status, envelope, retryAfter(response));
  }
  if (error instanceof DOMException && error.name === 'AbortError') return new ApiError('aborted', 'Request aborted');
  return new ApiError('network', error instanceof Error ? error.message : 'Network error');
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
