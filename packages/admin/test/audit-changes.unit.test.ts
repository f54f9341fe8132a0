import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditChanges } from '../src/audit-changes.js';

describe('auditChanges', () => {
  it('names only the fields that changed, with old and new value', () => {
    assert.deepEqual(
      auditChanges(
        { name: 'Ede', role: 'editor', consultantId: null, disabled: false },
        { name: 'Ede', role: 'consultant', consultantId: 'anna-schmidt', disabled: false },
      ),
      [
        { field: 'role', before: 'editor', after: 'consultant' },
        { field: 'consultantId', before: '—', after: 'anna-schmidt' },
      ],
    );
  });

  it('lists a new record field by field, a deleted one too', () => {
    assert.deepEqual(auditChanges(null, { role: 'admin', consultantId: null }), [
      { field: 'role', before: undefined, after: 'admin' },
      { field: 'consultantId', before: undefined, after: '—' },
    ]);
    assert.deepEqual(auditChanges({ question: 'Wo?' }, null), [{ field: 'question', before: 'Wo?', after: undefined }]);
  });

  it('shows nested values and other values as text, nothing when there is nothing', () => {
    assert.deepEqual(auditChanges({ tags: ['a'] }, { tags: ['a', 'b'] }), [
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
    assert.deepEqual(auditChanges('alt', 'neu'), [{ field: '', before: 'alt', after: 'neu' }]);
    assert.deepEqual(auditChanges(null, null), []);
  });
});
