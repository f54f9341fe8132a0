import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { fieldErrorsFromIssues } from '../src/contracts/field-errors.js';
import { NewsletterSubscriptionRequest } from '../src/contracts/newsletter.js';

function errorsFor(input: Record<string, unknown>) {
  const result = z.safeParse(NewsletterSubscriptionRequest, input);
  assert.equal(result.success, false);
  return fieldErrorsFromIssues(result.error!.issues, input);
}

const valid = { email: 'a@example.org', topics: ['events'], language: 'de', consent: true };

describe('field errors from the shared contract', () => {
  it('accepts a valid request and trims the address', () => {
    const result = z.safeParse(NewsletterSubscriptionRequest, { ...valid, email: '  a@example.org ' });
    assert.equal(result.success, true);
    assert.equal(result.data?.email, 'a@example.org');
  });

  it('names one code per field', () => {
    assert.deepEqual(errorsFor({ ...valid, email: '' }), { email: 'required' });
    assert.deepEqual(errorsFor({ ...valid, email: 'nope' }), { email: 'invalid' });
    assert.deepEqual(errorsFor({ ...valid, email: `${'x'.repeat(300)}@example.org` }), { email: 'too_long' });
    assert.deepEqual(errorsFor({ ...valid, topics: [] }), { topics: 'required' });
    assert.deepEqual(errorsFor({ ...valid, topics: ['spam'] }), { topics: 'not_allowed' });
    assert.deepEqual(errorsFor({ ...valid, consent: false }), { consent: 'required' });
    assert.deepEqual(errorsFor({ ...valid, language: 'fr' }), { language: 'not_allowed' });
  });

  it('reports every invalid field at once', () => {
    assert.deepEqual(Object.keys(errorsFor({ email: 'x', topics: [], language: 'de', consent: false })).sort(), [
      'consent',
      'email',
      'topics',
    ]);
  });
});
