import { pascalCase, type ManifestAttribute, type ManifestElement } from './manifest-elements.js';

/** Shared by the JSX and Vue declarations: an attribute's value type is its property's type, from the element class. */
export const ATTRIBUTE_VALUE_TYPE = [
  '/** Attributes are text in markup: a number attribute takes the number or its digits. */',
  'type AttributeValue<T> = T extends number ? T | `${T}` : T;',
].join('\n');

export function attributeValueType(element: ManifestElement, attribute: ManifestAttribute): string {
  return attribute.fieldName ? `AttributeValue<${element.className}['${attribute.fieldName}']>` : 'string';
}

/** `(event: CustomEvent<Detail>) => void` for a `welcome-*` event. */
export function listenerType(type: string): string {
  return `(event: ${type}) => void`;
}

/** `booking-href` → `bookingHref`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
