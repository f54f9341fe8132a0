import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppointmentTopicsResponse, ErrorEnvelope } from '@welcome-widgets/domain';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const PARTNER = 'https://jobs.partner.example';
const STRANGER = 'https://stranger.example';
const subscription = { email: 'origin.test@example.org', topics: ['events'], language: 'de', consent: true };

/**
 * A partner who embeds the widgets but is not yet on ALLOWED_ORIGINS must learn why nothing
 * works: its page may read one answer, the 403 `origin-not-allowed`, and nothing else.
 */
describe('origin policy', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: PARTNER });
  });
  after(async () => {
    await server.close();
  });

  const expectOriginRefused = async (response: Response, origin: string) => {
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), origin, 'the page may read this answer');
    assert.match(response.headers.get('vary') ?? '', /\bOrigin\b/i);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    const body = ErrorEnvelope.parse(await response.json());
    assert.equal(body.error.code, 'origin-not-allowed');
    assert.match(body.error.message, /ALLOWED_ORIGINS/);
    assert.deepEqual(Object.keys(body).sort(), ['error', 'requestId'], 'no data beside the error');
  };

  it('answers a data request from an origin not on the list with a readable 403, never with data', async () => {
    for (const path of [
      '/v1/appointments/topics?lang=de',
      '/v1/faq?lang=de',
      '/v1/dashboard/metrics',
      '/v1/quickcheck?lang=de',
    ]) {
      await expectOriginRefused(await server.api(path, { headers: { origin: STRANGER } }), STRANGER);
    }
  });

  it('refuses writes from such an origin the same way, storing and sending nothing', async () => {
    const response = await server.api('/v1/newsletter/subscriptions', postJson(subscription, { origin: STRANGER }));
    await expectOriginRefused(response, STRANGER);
    assert.equal(await server.database.count('newsletter_requests'), 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(server.sink.mails.length, 0);
  });

  it('answers its preflight so that the browser sends the request and shows the 403 to the page', async () => {
    const preflight = await server.api('/v1/newsletter/subscriptions', {
      method: 'OPTIONS',
      headers: {
        origin: STRANGER,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), STRANGER);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    assert.match(preflight.headers.get('vary') ?? '', /\bOrigin\b/i);
  });

  it('serves origins on the list, its own origin, and requests without an Origin header', async () => {
    for (const headers of [{ origin: PARTNER }, { origin: server.url }, {} as Record<string, string>]) {
      const response = await server.api('/v1/appointments/topics?lang=de', { headers });
      assert.equal(response.status, 200, JSON.stringify(headers));
      AppointmentTopicsResponse.parse(await response.json());
      if (headers.origin) assert.equal(response.headers.get('access-control-allow-origin'), headers.origin);
    }
    const preflight = await server.api('/v1/newsletter/subscriptions', {
      method: 'OPTIONS',
      headers: { origin: PARTNER, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), PARTNER);
  });

  it('documents the answer in the OpenAPI document', async () => {
    const doc = await (await server.api('/openapi.json')).json();
    assert.match(doc.info.description, /origin-not-allowed/);
    assert.match(doc.info.description, /ALLOWED_ORIGINS/);
    for (const [path, operations] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, { description: string }> }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        assert.match(operation.responses['403']?.description ?? '', /origin-not-allowed/, `${method} ${path}`);
      }
    }
  });
});

describe('origin policy with ALLOWED_ORIGINS=*', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: '*' });
  });
  after(() => server.close());

  it('serves any origin', async () => {
    const response = await server.api('/v1/appointments/topics', { headers: { origin: STRANGER } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), STRANGER);
  });
});
