import { textDirection, type SupportedLocale } from '@welcome-widgets/domain';

/** A mail as paragraphs and at most one call to action; rendered to plain text and minimal, accessible HTML. */
export interface MailContent {
  language: SupportedLocale;
  subject: string;
  paragraphs: string[];
  /**
   * Content written by staff (a newsletter issue), after the paragraphs: HTML that has been through
   * the sanitiser already, and its plain-text version. Everything else here is escaped.
   */
  body?: { html: string; text: string };
  link?: { label: string; url: string };
  /** Further calls to action after the first, each a sentence and its link. */
  moreLinks?: Array<{ label: string; url: string }>;
  afterLink?: string[];
  footer?: { label: string; url: string };
  signature: string;
}

export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    ...content.paragraphs,
    ...(content.body ? [content.body.text] : []),
    ...[content.link, ...(content.moreLinks ?? [])].flatMap((link) => (link ? [`${link.label}\n${link.url}`] : [])),
    ...(content.afterLink ?? []),
    content.signature,
    ...(content.footer ? [`--\n${content.footer.label}: ${content.footer.url}`] : []),
  ].join('\n\n');

  const dir = textDirection(content.language);
  const html = `<!doctype html>
<html lang="${content.language}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.body ? content.body.html : ''}
${[content.link, ...(content.moreLinks ?? [])]
  .flatMap((link) =>
    link ? [`<p>${escapeHtml(link.label)}<br><a href="${escapeHtml(link.url)}">${escapeHtml(link.url)}</a></p>`] : [],
  )
  .join('\n')}
${(content.afterLink ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p>${escapeHtml(content.signature).replace(/\n/g, '<br>')}</p>
${content.footer ? `<hr><p><a href="${escapeHtml(content.footer.url)}">${escapeHtml(content.footer.label)}</a></p>` : ''}
</body>
</html>`;
  return { subject: content.subject, text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
