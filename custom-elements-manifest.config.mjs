/** The custom-elements manifest: attributes, properties, events, parts and CSS properties of every public tag. */
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    'packages/server/**',
    'packages/*/src/generated/**',
    'packages/widgets/**',
    // The staff console is an app, not a widget for others' pages.
    'packages/admin/**',
    // Framework bindings are generated from this manifest, not part of it.
    'packages/react/**',
    'packages/vue/**',
  ],
  outdir: 'packages/widgets',
  litelement: true,
  plugins: [
    {
      name: 'only-public-events',
      // The analyzer reads WelcomeElement.emit(name, …) as an event called "name"; our events are the documented welcome-* ones.
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order its file reads finish: sort, so a build leaves git clean.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name?.startsWith('welcome-'));
          }
        }
      },
    },
  ],
};
