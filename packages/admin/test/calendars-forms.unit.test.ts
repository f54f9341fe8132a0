import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoursErrors, hoursFields, listEntryErrors, newEntryErrors } from '../src/calendars-forms.js';

describe("the calendar forms' fields and the server's paths", () => {
  it('an hours form has the fields of its rows, named as the server names them', () => {
    assert.deepEqual(hoursFields(0), ['rules']);
    assert.deepEqual(hoursFields(2), [
      'rules',
      'rules.0.weekday',
      'rules.0.from',
      'rules.0.to',
      'rules.1.weekday',
      'rules.1.from',
      'rules.1.to',
    ]);
  });

  it("a row's own error (from not before to) is said at its end time; a field's at the field", () => {
    assert.deepEqual(hoursErrors({ 'rules.1': 'invalid', 'rules.0.from': 'invalid', rules: 'required' }), {
      'rules.1.to': 'range',
      'rules.0.from': 'invalid',
      rules: 'required',
    });
  });

  it("a new list entry's errors reach the add form's fields; other entries' do not", () => {
    const codes = { 'absences.2.from': 'invalid', 'absences.2.note': 'control_characters', 'absences.0.to': 'invalid' };
    assert.deepEqual(newEntryErrors(codes, 'absences', 2, { from: 'from', to: 'to', note: 'note' }, 'to'), {
      from: 'invalid',
      note: 'control_characters',
    });
    assert.deepEqual(newEntryErrors({ 'absences.2': 'invalid' }, 'absences', 2, { from: 'from' }, 'to'), {
      to: 'range',
    });
    assert.deepEqual(newEntryErrors({ 'closingDays.1.note': 'invalid' }, 'closingDays', 1, { note: 'closingNote' }), {
      closingNote: 'invalid',
    });
  });

  it("a list's entry is said at its list, other paths stay", () => {
    assert.deepEqual(
      listEntryErrors({ 'languages.3': 'invalid', 'title.uk': 'invalid', 'consultants.0': 'invalid' }, [
        'languages',
        'consultants',
      ]),
      {
        languages: 'invalid',
        'title.uk': 'invalid',
        consultants: 'invalid',
      },
    );
  });
});
