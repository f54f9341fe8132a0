import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records every Content-Security-Policy violation from the first byte of each page on: the
 * event is composed, so a refused `style="…"` inside a widget's shadow root reaches the document.
 * (A string, not a function: tsx would wrap named helpers in __name(), unknown in the page.)
 */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(`
    window.__policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolations.push(
        event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline code') + ' in ' +
          (event.sourceFile || location.pathname) + ':' + event.lineNumber + ' ' + (event.sample || ''),
      );
    }, true);
  `);
}

/** The violations recorded on the page, and the console's reports of refused content. */
export async function policyViolations(page: Page, problems: string[]): Promise<string[]> {
  const events = (await page.evaluate('window.__policyViolations')) as string[];
  return [
    ...events,
    ...problems.filter((problem) => /Content Security Policy|Trusted ?(Type|HTML|Script)/i.test(problem)),
  ];
}
