import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { after, before } from 'node:test';

/** The county's server as the pages in demo/hosts/ name it: `npm start` on its default port. */
const COUNTY_IN_PAGES = 'http://localhost:8080';
const HOSTS = new URL('../demo/hosts/', import.meta.url);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * A partner's web server for one `describe`: the files in demo/hosts/ (not its subfolders) on an
 * origin of their own (`localhost`, where the county's test server is `127.0.0.1`: another site,
 * as a partner is), with the county's origin in them replaced by the live server's, each sent
 * with the Content-Security-Policy header `policy` gives for its URL (e.g. chosen by `?policy=`).
 * `widgetOrigin` may take the widget files (`…/widgets/…`) from another origin than the API.
 */
export function partnerHost(
  county: () => string,
  policy: (county: string, url: URL) => string,
  widgetOrigin: (county: string, url: URL) => string = (origin) => origin,
): { readonly origin: string } {
  const live = { origin: '' };
  let server: Server;
  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', live.origin);
      const name = url.pathname.replace(/^\/+/, '');
      const type = TYPES[extname(name)];
      if (!type || name.includes('/') || name.includes('..')) {
        response.writeHead(404).end();
        return;
      }
      readFile(new URL(name, HOSTS), 'utf8').then(
        (text) => {
          const origin = county();
          response.writeHead(200, {
            'Content-Type': type,
            'Content-Security-Policy': policy(origin, url),
            'Cache-Control': 'no-store',
          });
          response.end(
            text
              .replaceAll(`${COUNTY_IN_PAGES}/widgets/`, `${widgetOrigin(origin, url)}/widgets/`)
              .replaceAll(COUNTY_IN_PAGES, origin),
          );
        },
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    live.origin = `http://localhost:${port}`;
  });
  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });
  return live;
}
