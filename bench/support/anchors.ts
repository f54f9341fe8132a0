// Outside anchors for the widget sizes, measured in the same run (gzip -9): what a site ships for
// comparable things. Versions are pinned in package.json's devDependencies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const ROOT = join(import.meta.dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));

export interface Anchor {
  name: string;
  version: string;
  /** What was measured, as a site would ship it. */
  what: string;
  gzipBytes: number;
}

const gzipOf = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

function versionOf(pkg: string): string {
  const manifest = join(ROOT, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Bundles `source` with Vite as a site's build would (minified ES modules) and returns the gzip bytes of all its JS. */
async function bundled(source: string): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'welcome-anchor-'));
  const entry: Plugin = {
    name: 'anchor-entry',
    resolveId: (id) => (id.endsWith('anchor-entry') ? '\0anchor-entry.js' : undefined),
    load: (id) => (id === '\0anchor-entry.js' ? source : undefined),
  };
  try {
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [entry],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: { entry: 'anchor-entry', formats: ['es'], fileName: () => 'anchor.js' },
      },
    });
    return filesUnder(outDir)
      .filter((file) => file.endsWith('.js'))
      .reduce((sum, file) => sum + gzipOf(readFileSync(file)), 0);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const SHOELACE_PARTS = ['input', 'checkbox', 'select', 'option', 'button', 'alert'];

export async function measureAnchors(): Promise<Anchor[]> {
  const shoelaceJs = await bundled(
    SHOELACE_PARTS.map((part) => `import '@shoelace-style/shoelace/dist/components/${part}/${part}.js';`).join('\n'),
  );
  const shoelaceTheme = gzipOf(readFileSync(require.resolve('@shoelace-style/shoelace/dist/themes/light.css')));
  const docsearch = join(ROOT, 'node_modules/@docsearch/js');
  const docsearchAi = gzipOf(readFileSync(join(docsearch, 'dist/umd/index.js')));
  const calcom = join(ROOT, 'node_modules/@calcom/embed-core');
  const bareLit = await bundled(
    `import { LitElement, html, css } from 'lit';
     class BareElement extends LitElement {
       static properties = { name: {} };
       static styles = css\`:host { display: block; }\`;
       constructor() { super(); this.name = 'Welt'; }
       render() { return html\`<p>Hallo, \${this.name}!</p>\`; }
     }
     customElements.define('bare-element', BareElement);`,
  );
  return [
    {
      name: 'Shoelace signup form',
      version: versionOf('@shoelace-style/shoelace'),
      what: `${SHOELACE_PARTS.join(', ')}: the components' ES modules bundled with Vite (${shoelaceJs} B) + the light theme CSS a site must include (${shoelaceTheme} B); icons load later`,
      gzipBytes: shoelaceJs + shoelaceTheme,
    },
    {
      name: '@docsearch/js',
      version: versionOf('@docsearch/js'),
      what: `the classic search modal as its CDN serves it (dist/umd/docsearch.js, export "./docsearch"); JS only, its CSS is another package; the default export with Ask AI (dist/umd/index.js) is ${docsearchAi} B`,
      gzipBytes: gzipOf(readFileSync(join(docsearch, 'dist/umd/docsearch.js'))),
    },
    {
      name: '@calcom/embed-core loader',
      version: versionOf('@calcom/embed-core'),
      what: 'dist/embed/embed.js, what the embed snippet loads before the booking iframe',
      gzipBytes: gzipOf(readFileSync(join(calcom, 'dist/embed/embed.js'))),
    },
    {
      name: 'bare Lit element',
      version: versionOf('lit'),
      what: 'one LitElement with a property, styles and a template, bundled with Vite',
      gzipBytes: bareLit,
    },
  ];
}
