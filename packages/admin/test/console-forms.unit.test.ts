import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consoleLanguage } from '../src/console-language.js';
import { checkInvite, checkLogin, checkNewPassword, checkRoleChange } from '../src/console-forms.js';

describe('console forms', () => {
  it('sign-in needs something in both fields, nothing more', () => {
    assert.deepEqual(checkLogin({ email: ' ', password: '' }), {
      ok: false,
      errors: { email: 'required', password: 'required' },
    });
    assert.equal(checkLogin({ email: 'not-an-address', password: 'x' }).ok, true);
  });

  it('a new password: at least 12 characters, typed twice alike', () => {
    assert.deepEqual(checkNewPassword('kurz', 'kurz', 'password'), { ok: false, errors: { password: 'too_short' } });
    assert.deepEqual(checkNewPassword('', '', 'newPassword'), {
      ok: false,
      errors: { newPassword: 'required', repeatPassword: 'required' },
    });
    assert.deepEqual(checkNewPassword('lang genug und gut', 'lang genug und gu', 'password'), {
      ok: false,
      errors: { repeatPassword: 'mismatch' },
    });
    assert.deepEqual(checkNewPassword('lang genug und gut', 'lang genug und gut', 'password'), {
      ok: true,
      value: 'lang genug und gut',
    });
  });

  it('an invitation is checked with the contract; a consultant needs an id', () => {
    const invite = {
      email: 'A@Example.org ',
      name: 'Anna',
      role: 'editor' as const,
      consultantId: 'x',
      language: 'de' as const,
    };
    assert.deepEqual(checkInvite(invite), {
      ok: true,
      value: { email: 'a@example.org', name: 'Anna', role: 'editor', language: 'de' },
    });
    assert.deepEqual(checkInvite({ ...invite, email: 'nope', name: '' }), {
      ok: false,
      errors: { email: 'invalid', name: 'required' },
    });
    assert.deepEqual(checkInvite({ ...invite, role: 'consultant', consultantId: ' ' }), {
      ok: false,
      errors: { consultantId: 'required' },
    });
    assert.deepEqual(checkRoleChange({ role: 'consultant', consultantId: 'Anna Schmidt' }), {
      ok: false,
      errors: { consultantId: 'invalid' },
    });
    assert.deepEqual(checkRoleChange({ role: 'admin', consultantId: 'anna-schmidt' }), {
      ok: true,
      value: { role: 'admin', consultantId: null },
    });
  });

  it('speaks the chosen language, else the browser’s first it knows, else German', () => {
    assert.equal(consoleLanguage('en', ['de-DE']), 'en');
    assert.equal(consoleLanguage(null, ['uk-UA', 'en-GB', 'de']), 'en');
    assert.equal(consoleLanguage('fr', ['uk']), 'de');
  });
});
