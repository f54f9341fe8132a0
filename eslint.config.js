import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    files: ['packages/server/src/main.ts', 'scripts/**', 'bench/**', 'e2e/**', 'packages/*/test/**'],
    rules: { 'no-console': 'off' },
  },
);
