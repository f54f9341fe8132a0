/**
 * Answer HTML comes sanitised from the server; the widget checks it again before it enters the
 * partner's page (a proxy or a misconfigured server must not be able to inject script). Builds
 * new elements from an allow-list instead of trusting the parsed tree.
 */
const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'CODE', 'BR', 'A', 'H3', 'H4', 'BLOCKQUOTE']);
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

export function safeHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: template content runs no script and loads nothing
  const out = document.createDocumentFragment();
  copyChildren(template.content, out);
  return out;
}

function copyChildren(from: Node, to: Node): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(child.textContent ?? ''));
    } else if (child instanceof Element) {
      if (!ALLOWED.has(child.tagName)) {
        // Unknown wrappers lose their tag but keep their text; script-like ones lose everything.
        if (!['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH'].includes(child.tagName.toUpperCase()))
          copyChildren(child, to);
        continue;
      }
      const href = child.getAttribute('href')?.trim();
      if (child.tagName === 'A' && !(href && SAFE_HREF.test(href))) {
        // A link to somewhere unsafe (or nowhere) is just its text.
        copyChildren(child, to);
        continue;
      }
      const copy = document.createElement(child.tagName.toLowerCase());
      if (child.tagName === 'A') {
        copy.setAttribute('href', href!);
        copy.setAttribute('rel', 'noopener');
      }
      copyChildren(child, copy);
      to.appendChild(copy);
    }
  }
}
