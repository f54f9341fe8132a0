import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

/** The Vue host page: `npx vite demo/hosts/vue` beside `ALLOWED_ORIGINS=http://localhost:5173 npm start`, or built by e2e/vue-host.test.ts. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The workspace packages' sources, as the widget bundle reads them (docs/adr/0013-npm-packages.md).
  resolve: { conditions: ['@welcome-widgets/source', ...defaultClientConditions] },
  plugins: [
    // welcome-* are custom elements, not Vue components: Vue sets their attributes and listens to their events.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('welcome-') } } }),
  ],
  build: { target: 'es2022' },
});
