import { noChange } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * Sets style properties through the CSSOM (`element.style.setProperty`), never as a `style="…"`
 * attribute: a strict Content-Security-Policy (`style-src 'self'`) refuses style attributes, and
 * Lit's own styleMap writes one on its first render. On an element:
 * `<span ${cssProperties({ 'inline-size': '40%' })}></span>`.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('cssProperties() belongs on an element, not in an attribute');
  }

  render(_properties: Properties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

// Typed here so that the published declarations name `lit`, a dependency, not its internal lit-html.
export const cssProperties: (properties: Properties) => DirectiveResult<typeof CssPropertiesDirective> =
  directive(CssPropertiesDirective);
