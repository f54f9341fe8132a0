import { ATTRIBUTE_VALUE_TYPE, attributeValueType, camelCase, listenerType } from './attribute-types.js';
import { GENERATED_HEADER, docText, importsOf, pascalCase, type ManifestElement } from './manifest-elements.js';

/**
 * Vue's GlobalComponents for the tags, so vue-tsc checks attributes and `@welcome-…` listeners in
 * templates (it reads `@welcome-faq-open` as the prop `onWelcomeFaqOpen`). Vue hands a custom
 * element's listener the DOM event itself, so the listener takes the CustomEvent, not its detail.
 */
export function vueTypesModule(elements: ManifestElement[]): string {
  const props = elements.map((element) => {
    const members = [
      ...element.attributes.map(
        (attribute) =>
          `  /** ${docText(attribute.description || `The \`${attribute.name}\` attribute.`)} */\n` +
          `  ${attribute.fieldName ?? camelCase(attribute.name)}?: ${attributeValueType(element, attribute)};\n`,
      ),
      ...element.events.map(
        (event) =>
          `  /** \`@${event.name}\`: ${docText(event.description)} */\n` +
          `  on${pascalCase(event.name)}?: ${listenerType(event.type)};\n`,
      ),
    ];
    return `/** \`<${element.tagName}>\` in a Vue template. */\nexport interface ${element.className}Props {\n${members.join('')}}\n`;
  });
  const components = elements.map(
    (element) =>
      `    /** ${docText(element.summary)} */\n` +
      `    '${element.tagName}': DefineComponent<${element.className}Props>;\n`,
  );
  return [
    GENERATED_HEADER('Vue template types of the tags'),
    "import type { DefineComponent } from 'vue';",
    ...importsOf(elements, 'type'),
    '',
    ATTRIBUTE_VALUE_TYPE,
    '',
    props.join('\n'),
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    components.join('').trimEnd(),
    '  }',
    '}',
    '',
  ].join('\n');
}
