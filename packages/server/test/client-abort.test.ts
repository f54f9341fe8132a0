import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { recordingLogger } from './support/log-recorder.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

/**
 * A visitor on a train loses the connection in the middle of sending a form. That is normal on
 * the internet: it is noted, not reported as a server error with a stack trace.
 */
describe('a client that goes away mid-request', () => {
  let server: TestServer;
  const { logger, lines } = recordingLogger();
  before(async () => {
    server = await startTestServer({}, { logger });
  });
  after(() => server.close());

  it('is logged as information without a stack, and the server keeps serving', async () => {
    const url = new URL('/api/v1/quickcheck/evaluate', server.url);
    const sent = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', origin: server.url },
    });
    sent.on('error', () => undefined);
    sent.write('{"answers": {"qualification": "');
    await new Promise((resolve) => setTimeout(resolve, 200));
    sent.destroy();

    await waitUntil(() => lines.some((line) => line.includes('client closed')), 'the note about the abort');
    const errors = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.level === 'error');
    assert.deepEqual(errors, [], 'no error-level line');
    assert.ok(!lines.some((line) => line.includes('    at ')), 'no stack trace');
    assert.ok(
      lines.some((line) => line.includes('"status":499')),
      'the access log says the client closed it',
    );
    assert.equal((await server.api('/v1/health/live')).status, 200);
  });
});
