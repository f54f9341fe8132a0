import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ISSUE_FIELDS,
  changedSince,
  checkIssue,
  emptyIssue,
  issueInput,
  issueValues,
  serverFieldErrors,
} from '../src/newsletter-forms.js';

describe('newsletter issue form', () => {
  it('starts in German, with nothing chosen', () => {
    const values = emptyIssue();
    assert.deepEqual(values.topics, []);
    assert.deepEqual(values.languages, ['de']);
    assert.equal(values['subject-de'], '');
  });

  it('puts each error at its own field', () => {
    const values = { ...emptyIssue(), languages: ['de' as const, 'uk' as const], 'subject-uk': 'x'.repeat(201) };
    assert.deepEqual(checkIssue(values), {
      ok: false,
      errors: {
        topics: 'required',
        'subject-de': 'required',
        'markdown-de': 'required',
        'subject-uk': 'too_long',
        'markdown-uk': 'required',
      },
    });
    assert.deepEqual(checkIssue({ ...emptyIssue(), topics: ['events'], languages: [] }), {
      ok: false,
      errors: { languages: 'required' },
    });
    // Every field an error can name is one the form knows (and focuses).
    for (const field of ['topics', 'languages', 'subject-de', 'markdown-vi'])
      assert.ok(ISSUE_FIELDS.includes(field as never));
  });

  it('refuses a subject of two lines, as the server does', () => {
    const values = { ...emptyIssue(), topics: ['events' as const], 'subject-de': 'Zeile\nzwei', 'markdown-de': 'Text' };
    assert.deepEqual(checkIssue(values), { ok: false, errors: { 'subject-de': 'control_characters' } });
  });

  it('sends the chosen languages only, in a fixed order, and the texts the server would store', () => {
    const values = {
      ...emptyIssue(),
      topics: ['legal-changes' as const, 'events' as const],
      languages: ['uk' as const, 'de' as const],
      'subject-de': '  Betreff  ',
      'markdown-de': 'Zeile 1\r\nZeile 2',
      'subject-uk': 'Тема',
      'markdown-uk': 'Текст',
      'subject-en': 'typed, then the language was unchosen',
      'markdown-en': 'not sent',
    };
    const checked = checkIssue(values);
    assert.deepEqual(checked, {
      ok: true,
      value: {
        topics: ['events', 'legal-changes'],
        texts: [
          { language: 'de', subject: 'Betreff', markdown: 'Zeile 1\nZeile 2' },
          { language: 'uk', subject: 'Тема', markdown: 'Текст' },
        ],
      },
    });
  });

  it('reads a stored draft back and sees no change until something is typed', () => {
    const stored = {
      topics: ['events' as const],
      texts: [{ language: 'en' as const, subject: 'Events', markdown: 'Text' }],
    };
    const values = issueValues(stored);
    assert.deepEqual(values.languages, ['en']);
    assert.deepEqual(issueInput(values), stored);
    assert.equal(changedSince(values, stored), false);
    assert.equal(changedSince({ ...values, 'subject-en': 'Events ' }, stored), false, 'a trailing space is no change');
    assert.equal(changedSince({ ...values, 'markdown-en': 'Other' }, stored), true);
    assert.equal(changedSince(values, undefined), true, 'nothing stored yet');
  });

  it('places the server’s top-level 422 codes at the nearest fields', () => {
    assert.deepEqual(serverFieldErrors({ topics: 'required', texts: 'invalid', other: 'x' }), {
      topics: 'required',
      languages: 'invalid',
    });
  });
});
