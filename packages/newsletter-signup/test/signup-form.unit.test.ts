import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageOfConsent, validateSignupForm } from '../src/signup-form.js';
import { tokenFromUrl } from '../src/token-from-url.js';

describe('signup form', () => {
  const values = {
    email: 'n.nguyen@example.org',
    topics: ['employers' as const],
    language: 'vi' as const,
    consent: true,
    website: '',
  };

  it('builds the request with consent version, page and widget version', () => {
    const result = validateSignupForm(values, 'https://partner.example/jobs');
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.request.consentVersion, 'newsletter-consent-2026-11');
    assert.equal(result.request.page, 'https://partner.example/jobs');
    assert.match(result.request.widgetVersion ?? '', /^\d+\.\d+\.\d+/);
  });

  it('names each invalid field with the code the server would send', () => {
    const result = validateSignupForm({ ...values, email: 'bad', consent: false }, 'https://x.example/');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors, { email: 'invalid', consent: 'required' });
  });

  it('records the page of consent without query or fragment', () => {
    assert.equal(
      pageOfConsent('https://partner.example/news?newsletter-confirm=abc&mail=x#top'),
      'https://partner.example/news',
    );
  });

  it('finds confirm and unsubscribe tokens in the address', () => {
    assert.deepEqual(tokenFromUrl(new URL('https://x.example/?newsletter-confirm=abc')), {
      action: 'confirm',
      token: 'abc',
    });
    assert.deepEqual(tokenFromUrl(new URL('https://x.example/?newsletter-unsubscribe=def')), {
      action: 'unsubscribe',
      token: 'def',
    });
    assert.equal(tokenFromUrl(new URL('https://x.example/?other=1')), undefined);
  });
});
