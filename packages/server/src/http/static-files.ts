import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * The built widgets under /widgets/v1/ (any origin may load them: module scripts need CORS),
 * the staff console at /admin/ (always: it is the service's, not the demo's) and, unless
 * `demoPages` is false (DEMO_PAGES=false in production), the demo pages at /, the dev outbox
 * page among them.
 */
export function mountStaticFiles(
  app: Hono,
  options: { widgetsDir: string; adminDir: string; demoDir: string; demoPages: boolean },
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
      serveStatic({
        root: root(options.widgetsDir),
        precompressed: true,
        rewriteRequestPath: (path) => path.replace(/^\/widgets\/v1/, ''),
      }),
    );
  }
  mountAdminConsole(app, root(options.adminDir));
  if (options.demoPages) app.use('/*', serveStatic({ root: root(options.demoDir) }));
}

export function repositoryPath(...parts: string[]): string {
  return resolve(import.meta.dirname, '../../../..', ...parts);
}

/** The console's page and its hashed files (docs/adr/0018-staff-console.md); the data comes from /api. */
function mountAdminConsole(app: Hono, root: string): void {
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.use('/admin/*', async (c, next) => {
    await next();
    // The page names the current files; they carry a content hash and never change.
    const hashed = c.req.path.startsWith('/admin/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('X-Robots-Tag', 'noindex');
  });
  app.use(
    '/admin/*',
    serveStatic({ root, precompressed: true, rewriteRequestPath: (path) => path.replace(/^\/admin/, '') }),
  );
}
