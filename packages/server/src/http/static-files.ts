import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The built widgets under /widgets/v1/ (any origin may load them: module scripts need CORS)
 * and, unless `demoPages` is false (DEMO_PAGES=false in production), the demo pages at /,
 * the dev outbox page among them.
 */
export function mountStaticFiles(
  app: Hono,
  options: { widgetsDir: string; demoDir: string; demoPages: boolean },
): void {
  const root = (dir: string) => relative(process.cwd(), dir) || '.';

  app.use('/widgets/v1/*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    // Chunks carry a content hash; the entry file and the manifest keep their names across releases.
    const stable = !c.req.path.startsWith('/widgets/v1/chunks/');
    c.header('Cache-Control', stable ? 'public, max-age=300' : 'public, max-age=31536000, immutable');
  });
  if (existsSync(options.widgetsDir)) {
    app.use(
      '/widgets/v1/*',
      serveStatic({ root: root(options.widgetsDir), rewriteRequestPath: (path) => path.replace(/^\/widgets\/v1/, '') }),
    );
  }
  if (options.demoPages) app.use('/*', serveStatic({ root: root(options.demoDir) }));
}

export function repositoryPath(...parts: string[]): string {
  return resolve(import.meta.dirname, '../../../..', ...parts);
}
