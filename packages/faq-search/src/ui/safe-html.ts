import { parseInert } from './answer-html-policy.js';

/**
 * Answer HTML comes sanitised from the server; the widget checks it again before it enters the
 * partner's page (a proxy or a misconfigured server must not be able to inject script). Builds
 * new elements from an allow-list instead of trusting the parsed tree.
 */
const ALLOWED = new Set(['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'CODE', 'BR', 'A', 'H3', 'H4', 'BLOCKQUOTE']);
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

type Sanitise = (html: string, text: string) => DocumentFragment;
const SHARED = Symbol.for('welcome-widgets.safe-html');
type SharingGlobal = typeof globalThis & { [SHARED]?: Sanitise };

/**
 * The answer's allow-listed elements, or its plain text when the page's Trusted Types policy
 * refuses HTML. A page may run two copies of this code (the script tag beside a partner's own
 * bundle); Trusted Types allows each policy name once per page, so every copy uses the first
 * copy's sanitiser. The sanitiser is shared, never the policy: with the policy, any script on the
 * page could turn strings into trusted HTML.
 */
export function safeHtml(html: string, text: string): DocumentFragment {
  const global = globalThis as SharingGlobal;
  if (!global[SHARED]) Object.defineProperty(global, SHARED, { value: sanitise });
  return global[SHARED]!(html, text);
}

function sanitise(html: string, text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const parsed = parseInert(html);
  if (parsed) {
    copyChildren(parsed, out);
  } else {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    out.appendChild(paragraph);
  }
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
