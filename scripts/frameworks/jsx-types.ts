import { ATTRIBUTE_VALUE_TYPE, attributeValueType, listenerType } from './attribute-types.js';
import { GENERATED_HEADER, docText, importsOf, type ManifestElement } from './manifest-elements.js';

/**
 * React 19's JSX namespace for the plain tags: attributes typed from the element classes, and
 * `onwelcome-…` listeners, which React 19 adds with addEventListener under the name after `on`.
 * Global attributes (`lang`) come from React's own HTMLAttributes.
 */
export function jsxTypesModule(elements: ManifestElement[]): string {
  const tags = elements.map((element) => {
    const members = [
      ...element.attributes
        .filter((attribute) => attribute.fieldName)
        .map(
          (attribute) =>
            `        /** ${docText(attribute.description)} */\n` +
            `        '${attribute.name}'?: ${attributeValueType(element, attribute)};\n`,
        ),
      ...element.events.map(
        (event) =>
          `        /** ${docText(event.description)} */\n` +
          `        'on${event.name}'?: ${listenerType(event.type)};\n`,
      ),
    ];
    return (
      `      /** ${docText(element.summary)} */\n` +
      `      '${element.tagName}': Tag<${element.className}> & {\n${members.join('')}      };\n`
    );
  });
  return [
    GENERATED_HEADER('JSX types of the plain tags for React 19'),
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...importsOf(elements, 'type'),
    '',
    ATTRIBUTE_VALUE_TYPE,
    'type Tag<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    tags.join('').trimEnd(),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
