/** The Trusted Types policy name a partner's `trusted-types` directive allows (docs/embedding.md). */
export const POLICY_NAME = 'welcome-widgets';

interface HtmlPolicy {
  createHTML(html: string): unknown;
}
type TrustedTypesGlobal = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createHTML(html: string): string }): HtmlPolicy };
};

/** undefined: not asked yet; null: the browser has no Trusted Types, or the page refused the name. */
let policy: HtmlPolicy | null | undefined;
let refusalReported = false;

/**
 * Parses HTML into an inert template's content: nothing in it runs or loads, and safe-html.ts
 * adopts only allow-listed copies of its nodes. Under `require-trusted-types-for 'script'` the
 * parser takes TrustedHTML only; the policy that makes it is created on first use, so a page
 * without an open FAQ answer never creates it. Undefined when the page refuses the HTML (its
 * `trusted-types` does not name the policy): the caller shows the answer as text instead.
 */
export function parseInert(html: string): DocumentFragment | undefined {
  const template = document.createElement('template');
  try {
    // TypeScript's DOM types know no TrustedHTML; the setter takes both.
    template.innerHTML = trusted(html) as string;
  } catch {
    if (!refusalReported) {
      refusalReported = true;
      console.warn(
        `Welcome widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}"; FAQ answers are shown as plain text.`,
      );
    }
    return undefined;
  }
  return template.content;
}

function trusted(html: string): unknown {
  if (policy === undefined) {
    const factory = (globalThis as TrustedTypesGlobal).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(POLICY_NAME, { createHTML: (input) => input }) : null;
    } catch {
      // Not named in the page's `trusted-types`: a plain string still works unless Trusted Types are required.
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}
