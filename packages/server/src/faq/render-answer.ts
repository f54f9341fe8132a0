import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → HTML that is safe to show on any partner page: paragraphs, lists, emphasis, code and
 * links (http, https, mailto, tel; opened with rel="noopener"); never scripts, event handlers,
 * styles, iframes, images or SVG. Whatever the file holds, this is what reaches a browser.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'br', 'a', 'h3', 'h4', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener' } }),
    // Answers sit under the widget's own headings.
    h1: 'h3',
    h2: 'h3',
  },
};

/** Newsletter issues go through the same policy (newsletter/issues/issue-body.ts). */
export { POLICY as SAFE_HTML_POLICY };

export function renderAnswer(markdown: string): { html: string; text: string } {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  const html = sanitizeHtml(raw, POLICY).trim();
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return { html, text };
}
