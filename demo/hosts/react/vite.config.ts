import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** The React host page: `npx vite demo/hosts/react` beside `ALLOWED_ORIGINS=http://localhost:5173 npm start`, or built by e2e/react-host.test.ts. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The workspace packages' sources, as the widget bundle reads them (docs/adr/0013-npm-packages.md).
  resolve: { conditions: ['@welcome-widgets/source', ...defaultClientConditions] },
  plugins: [react()],
  build: { target: 'es2022' },
});
