/**
 * The Content-Security-Policy lines docs/embedding.md gives partners, by widget origin and API
 * origin: the host pages' tests send them, so the documented policy is the tested one.
 */
export const STRICT = (widgets: string, api: string): string =>
  `default-src 'self'; script-src 'self' ${widgets}; style-src 'self'; connect-src ${api}; img-src 'self' data:`;

/** Trusted Types for Lit's templates and the FAQ answers; a page's own framework may add its policy (Vue: `vue`). */
export const TRUSTED_TYPES = (...more: string[]): string =>
  `require-trusted-types-for 'script'; trusted-types lit-html welcome-widgets${more.map((name) => ` ${name}`).join('')}`;
