import { GENERATED_HEADER, docText, pascalCase, type ManifestElement } from './manifest-elements.js';

/** One module per tag, so a bundle that imports one wrapper registers and ships only that widget. */
export function reactWrapperModule(element: ManifestElement): string {
  const elementClass = `${element.className}Element`;
  const typeImports = element.typeImports.map((name) => `, type ${name}`).join('');
  const events = element.events.map(
    (event) =>
      `    /** \`${event.name}\`: ${docText(event.description)} */\n` +
      `    on${pascalCase(event.name)}: '${event.name}' as EventName<${event.type}>,\n`,
  );
  return [
    GENERATED_HEADER(`the React component for <${element.tagName}>`),
    "import { createComponent, type EventName } from '@lit/react';",
    "import * as React from 'react';",
    `import '${element.defineModule}';`,
    `import { ${element.className} as ${elementClass}${typeImports} } from '${element.packageName}';`,
    '',
    `/** \`<${element.tagName}>\`: ${docText(element.summary)} */`,
    `export const ${element.className} = createComponent({`,
    `  tagName: '${element.tagName}',`,
    `  elementClass: ${elementClass},`,
    '  react: React,',
    `  displayName: '${element.className}',`,
    events.length ? `  events: {\n${events.join('')}  },` : '  events: {},',
    '});',
    '',
  ].join('\n');
}

/** The package entry: every wrapper and the event detail types a handler is typed with. */
export function reactIndexModule(elements: ManifestElement[]): string {
  const lines = elements.map((element) => `export { ${element.className} } from './${element.tagName}.js';`);
  const types = elements
    .filter((element) => element.typeImports.length > 0)
    .map((element) => `export type { ${element.typeImports.join(', ')} } from '${element.packageName}';`);
  return [GENERATED_HEADER('every React component'), ...lines, ...types, ''].join('\n');
}
