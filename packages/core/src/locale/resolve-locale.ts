/**
 * The language an element asks for: its own `lang`, else the nearest ancestor's (also across
 * shadow roots, for widgets nested in other components), else the document's.
 */
export function requestedLanguage(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
