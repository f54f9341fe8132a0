/**
 * The packages published to npm (folders under packages/), dependencies first: the order
 * `npm run build:packages` builds them in, and the list e2e/npm-packages.test.ts packs and installs.
 * A new package adds its folder here, a `build` script and a tsconfig.build.json (docs/adr/0013).
 */
export const NPM_PACKAGES = [
  'domain',
  'core',
  'quickcheck',
  'appointment-picker',
  'faq-search',
  'dashboard',
  'newsletter-signup',
  'react',
  'vue',
] as const;

/** The export condition under which the workspace (Vite, wtr, Storybook, tsc) reads a package's sources. */
export const SOURCE_CONDITION = '@welcome-widgets/source';
