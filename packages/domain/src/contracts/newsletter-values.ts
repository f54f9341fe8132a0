// The newsletter contract's plain values, without zod: the widget imports these, and a module
// that builds zod schemas would bring zod into its bundle (ADR 0019).

export const NEWSLETTER_TOPICS = ['employers', 'skilled-workers', 'events', 'legal-changes'] as const;
export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number];

/**
 * Version of the consent text the widget shows. Stored with every request as proof of consent
 * (Art. 7 (1) GDPR); change it whenever the wording of the consent text changes in any language.
 */
export const NEWSLETTER_CONSENT_VERSION = 'newsletter-consent-2026-11';
export const NEWSLETTER_CONSENT_VERSIONS = [NEWSLETTER_CONSENT_VERSION] as const;

/** RFC 5321 limits a path to 256 octets including the angle brackets. */
export const EMAIL_MAX_LENGTH = 254;

/** Tokens are 32 random bytes in base64url: 43 characters. Anything else is rejected before storage is asked. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
