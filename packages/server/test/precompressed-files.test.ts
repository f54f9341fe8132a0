import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from './support/test-server.js';

// A widget file as the build leaves it: the file with a Brotli and a gzip copy beside it
// (scripts/precompress-plugin.ts; e2e/size-budgets.test.ts checks the real build has them).
const SCRIPT = `export const texts = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `Frage ${i}`))};\n`;
const SMALL = 'export {};\n';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The bytes as sent (fetch would decode them and hide which coding arrived). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('pre-compressed widget and console files', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'welcome-precompressed-'));
    for (const dir of ['widgets/chunks', 'admin/assets']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['widgets/chunks/texts-abc.js', 'admin/assets/index-abc.js']) {
      writeFileSync(join(root, file), SCRIPT);
      writeFileSync(join(root, `${file}.br`), brotliCompressSync(SCRIPT));
      writeFileSync(join(root, `${file}.gz`), gzipSync(SCRIPT, { level: 9 }));
    }
    writeFileSync(join(root, 'widgets/welcome-widgets.js'), SMALL);
    server = await startTestServer({ STATIC_ROOT: root });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const path of ['/widgets/v1/chunks/texts-abc.js', '/admin/assets/index-abc.js']) {
    it(`${path}: Brotli from disk for a browser that takes it, with every header the file had before`, async () => {
      const answer = await rawGet(`${server.url}${path}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(answer.body).toString(), SCRIPT);
      assert.equal(Number(answer.headers['content-length']), answer.body.length);
      assert.match(String(answer.headers['content-type']), /javascript/);
      assert.match(String(answer.headers.vary), /accept-encoding/i);
      assert.match(String(answer.headers['cache-control']), /immutable/);
    });

    it(`${path}: gzip for a client without Brotli, the plain file for one without either`, async () => {
      const gzipped = await rawGet(`${server.url}${path}`, { 'Accept-Encoding': 'gzip' });
      assert.equal(gzipped.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(gzipped.body).toString(), SCRIPT);

      const plain = await rawGet(`${server.url}${path}`);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.body.toString(), SCRIPT);
      // A shared cache must not hand this plain copy to browsers that could take a compressed one unasked.
      assert.match(String(plain.headers.vary), /accept-encoding/i);
    });
  }

  it('keeps the widgets open to every origin and serves a file without copies as it is', async () => {
    const answer = await rawGet(`${server.url}/widgets/v1/welcome-widgets.js`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.equal(answer.body.toString(), SMALL);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.equal(answer.headers['cross-origin-resource-policy'], 'cross-origin');
  });
});
