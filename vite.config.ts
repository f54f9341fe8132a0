import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { parallelWidgetChunks, versionInAutoloader } from './scripts/autoloader-plugins.js';
import { precompressFiles } from './scripts/precompress-plugin.js';
import { minifyLitTemplates } from './scripts/literals/minify-templates-plugin.js';
import { shortMessageIds } from './scripts/literals/short-message-ids-plugin.js';

/** Publishes the custom-elements manifest beside the bundle: editors, validators and the embed configurator read it. */
function publishManifest(): Plugin {
  return {
    name: 'publish-custom-elements-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'custom-elements.json',
        source: readFileSync(resolve(import.meta.dirname, 'packages/widgets/custom-elements.json'), 'utf8'),
      });
    },
  };
}

/**
 * `WIDGETS_VERSION=9.9.9-test npx vite build --outDir <dir>` stamps another version into a build
 * of one's own (packages/domain/src/version.ts otherwise, kept equal to package.json), e.g. to
 * test two versions on one page (e2e/two-versions.test.ts). Not for releases: bump package.json.
 */
function versionOverride(version = process.env.WIDGETS_VERSION): Plugin {
  return {
    name: 'widgets-version-override',
    transform(code, id) {
      if (!version || !id.endsWith('/packages/domain/src/version.ts')) return undefined;
      const stamped = code.replace(/WIDGETS_VERSION = (['"])[^'"]*\1/, `WIDGETS_VERSION = ${JSON.stringify(version)}`);
      if (stamped === code) this.error(`WIDGETS_VERSION=${version}: no version found in ${id}`);
      return { code: stamped, map: null };
    },
  };
}

/** Lit's modules the first view needs (its directives stay with the code that uses them) and the bundler's helpers. */
const LIT_AND_RUNTIME =
  /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]localize)[\\/]|^\0rolldown\/runtime\.js$/;

/** Builds the one-script-tag bundle: an entry that loads each widget's chunk on demand. */
const widgets = defineConfig({
  // Two round trips before a widget's first API request: the autoloader, then the widget's chunks at once (ADR 0019).
  plugins: [
    publishManifest(),
    versionOverride(),
    versionInAutoloader(),
    parallelWidgetChunks(),
    precompressFiles(),
    // Smaller literals: minified lit templates, short message ids (issue 15).
    minifyLitTemplates(),
    shortMessageIds(),
  ],
  // The workspace packages' sources, not their npm dist/ (docs/adr/0013-npm-packages.md).
  resolve: { conditions: ['@welcome-widgets/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'packages/widgets/src/welcome-widgets.ts'),
      formats: ['es'],
      fileName: () => 'welcome-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lit, its localize runtime and the bundler's helpers in one chunk: a widget's first wave stays within the six
        // connections a browser opens to one host over HTTP/1.1 (a seventh file waits a round trip; ADR 0019).
        codeSplitting: {
          groups: [
            {
              name: (id) => (LIT_AND_RUNTIME.test(id) ? 'lit' : null),
            },
          ],
        },
      },
    },
  },
});

/**
 * The staff console (packages/admin, docs/adr/0018-staff-console.md): a page of its own with its
 * script and styles as files (the server's page policy allows nothing inline), served at /admin/.
 * `vite build --mode admin` builds it into dist/admin/ (`--outDir <absolute path>` elsewhere).
 */
const adminConsole = defineConfig({
  root: resolve(import.meta.dirname, 'packages/admin'),
  base: '/admin/',
  cacheDir: resolve(import.meta.dirname, 'node_modules/.vite-admin'),
  plugins: [versionOverride(), precompressFiles()],
  resolve: { conditions: ['@welcome-widgets/source', ...defaultClientConditions] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/admin'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { minify: true } },
  },
});

export default defineConfig(({ mode }) => (mode === 'admin' ? adminConsole : widgets));
