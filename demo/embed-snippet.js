// The embed code a partner copies: one script tag, one element, optionally a rule that keeps the space free.

/** Height to keep free per tag while the script loads, so the partner's page does not jump. */
export const RESERVED_HEIGHT = {
  'welcome-quickcheck': '24em',
  'welcome-appointment-picker': '32em',
  'welcome-faq-search': '12em',
  'welcome-dashboard': '40em',
  'welcome-dashboard-tile': '20em',
  'welcome-newsletter-signup': '30em',
};

export function escapeAttribute(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * @param {{ scriptSrc: string, tag: string, attributes: [string, string][], reserve: boolean }} settings
 *   attributes in the order they are shown; empty values are left out.
 */
export function embedSnippet({ scriptSrc, tag, attributes, reserve }) {
  const lines = [`<script type="module" src="${escapeAttribute(scriptSrc)}"></script>`];
  if (reserve && RESERVED_HEIGHT[tag]) {
    lines.push(`<style>${tag}:not(:defined) { display: block; min-height: ${RESERVED_HEIGHT[tag]}; }</style>`);
  }
  const set = attributes.filter(([, value]) => value !== '');
  const opening =
    set.length === 0
      ? `<${tag}>`
      : `<${tag}\n${set.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`).join('\n')}\n>`;
  lines.push(`${opening}</${tag}>`);
  return lines.join('\n');
}
