import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the one-script-tag bundle: an entry that loads each widget's chunk on demand. */
export default defineConfig({
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
