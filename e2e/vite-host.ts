import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { freePort } from '../packages/server/test/support/test-server.js';
import { serveFolder } from './static-folder.js';

/**
 * A partner's framework app for one `describe`: demo/hosts/<name> built with its own Vite config
 * into a temporary folder and served as plain files on an origin of its own (`localhost`, where
 * the county's test server is `127.0.0.1`). Register it before `serverAndBrowser`, whose
 * ALLOWED_ORIGINS need `origin`.
 */
export function viteHost(name: 'react' | 'vue'): { readonly origin: string } {
  const live = { origin: '' };
  let server: { close(): Promise<void> } | undefined;
  let outDir = '';
  before(async () => {
    const root = fileURLToPath(new URL(`../demo/hosts/${name}/`, import.meta.url));
    outDir = mkdtempSync(join(tmpdir(), `welcome-${name}-host-`));
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir } });
    const port = await freePort();
    server = await serveFolder(outDir, port);
    live.origin = `http://localhost:${port}`;
  });
  after(async () => {
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  return live;
}
