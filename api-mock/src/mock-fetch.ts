import { getResponse, type RequestHandler } from 'msw';

/**
 * A fetch that answers from msw handlers without a service worker: for component tests, where
 * a widget receives it as `apiFetch`. Unmatched requests fail like a network error.
 */
export function mockFetch(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input instanceof Request ? input : String(input), init);
    const response = await getResponse(handlers, request);
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
