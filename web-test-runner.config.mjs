import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { realBackendPlugin } from './scripts/wtr-real-backend.mjs';

/** Component tests in Debian's Chromium; the real server runs beside them for the happy paths. */
export default {
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['@welcome-widgets/source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    realBackendPlugin(),
    // The browser's own accessibility tree: accessible names as screen readers get them, across shadow roots.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: ['--headless=new', ...chromiumArgs],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  // A cold first file (fresh clone: every module transformed once) on a busy 2-core machine needs room.
  testsFinishTimeout: 600000,
};
