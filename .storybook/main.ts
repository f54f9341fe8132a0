import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the Welcome widgets. Storybook 10 ships controls, actions, viewport and
 * backgrounds built in; addon-docs renders each widget's documentation page. Stories talk to msw handlers through each widget's
 * `apiFetch` property: no service worker, no backend, no network.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Pre-bundling lit's directive helpers with the rest of lit avoids the
      // "Multiple versions of Lit loaded" warning and broken directives in dev mode.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
  },
};

export default config;
