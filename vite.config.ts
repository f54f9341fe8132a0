import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

/** Builds the one-script-tag bundle: an entry that loads each widget's chunk on demand. */
export default defineConfig({
  plugins: [publishManifest()],
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
      },
    },
  },
});
