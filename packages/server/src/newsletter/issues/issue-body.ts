import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { SAFE_HTML_POLICY } from '../../faq/render-answer.js';

/**
 * An issue's Markdown → HTML through the FAQ answers' sanitiser (no scripts, handlers, styles,
 * images or iframes; links http, https, mailto, tel), and a plain-text version for the mail's
 * text part that keeps paragraphs, list items and the addresses of links.
 */
export function renderIssueBody(markdown: string): { html: string; text: string } {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  const html = sanitizeHtml(raw, SAFE_HTML_POLICY).trim();
  return { html, text: htmlToText(html) };
}

/** Works on sanitised HTML only, whose few tags and attributes are known. */
function htmlToText(html: string): string {
  const text = html
    .replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_all, href: string, label: string) => {
      const shown = label.replace(/<[^>]+>/g, '');
      return decode(shown) === decode(href) ? href : `${shown} (${href})`;
    })
    .replace(/<li>/g, '- ')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(?:li)>/g, '\n')
    .replace(/<\/(?:p|h3|h4|blockquote|ul|ol)>/g, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decode(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? entity;
  });
}
