import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The browser/server boundary (docs/adr/0016-domain-package.md): what each side may import.
const WIDGET_PACKAGES = [
  'appointment-picker',
  'dashboard',
  'faq-search',
  'newsletter-signup',
  'quickcheck',
  'react',
  'vue',
  'widgets',
].map((name) => `@welcome-widgets/${name}`);
const BROWSER_ONLY = ['@welcome-widgets/core', ...WIDGET_PACKAGES, 'lit', '@lit', 'ky'];
const NODE_BUILT_INS = ['node:*', ...builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/'))];
/**
 * One no-restricted-imports rule: a name is forbidden with its subpaths (`lit/decorators.js`),
 * matched from the start, so a folder of ours called `domain` is no Node built-in.
 */
const restrictImports = (groups) => [
  'error',
  {
    paths: groups.flatMap(({ names, message }) =>
      names.filter((name) => !name.includes('*')).map((name) => ({ name, message })),
    ),
    patterns: groups.map(({ names, message }) => ({
      group: names.flatMap((name) => (name.includes('*') ? [name] : [`${name}/**`])),
      message,
    })),
  },
];
const browserOnly = {
  names: BROWSER_ONLY,
  message: 'Browser only (lit, ky, core, the widgets): not for server or domain code.',
};
const nodeOnly = {
  names: NODE_BUILT_INS,
  message: 'Node only: this code runs in browsers too (pass data in, or keep the Node part on the server).',
};
const serverCode = {
  names: ['@welcome-widgets/server', '**/server/src/**'],
  message: 'Server code: shared code belongs in @welcome-widgets/domain.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'packages/*/dist/',
      'storybook-static/',
      'packages/*/src/generated/',
      'api-mock/public/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/server/**'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // Our base element registers through defineElement(), which guards double definitions.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports([browserOnly]) },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports([browserOnly, nodeOnly, serverCode]) },
  },
  {
    files: ['packages/domain/test/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports([browserOnly, serverCode]) },
  },
  {
    files: ['packages/*/src/**/*.ts', 'api-mock/src/**/*.ts'],
    ignores: ['packages/server/**', 'packages/domain/**'],
    rules: { 'no-restricted-imports': restrictImports([nodeOnly, serverCode]) },
  },
  {
    files: ['packages/server/src/main.ts', 'scripts/**', 'bench/**', 'e2e/**', 'packages/*/test/**'],
    rules: { 'no-console': 'off' },
  },
);
