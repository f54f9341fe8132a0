import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeRoute, mayUse, navigationFor, needsSession, parseRoute, routeHash } from '../src/routes.js';

describe('console routes', () => {
  it('reads the hash routes, the invitation with its token', () => {
    assert.deepEqual(parseRoute('#/accounts'), { name: 'accounts' });
    assert.deepEqual(parseRoute('#/accept?token=abc_-1'), { name: 'accept', token: 'abc_-1' });
    assert.deepEqual(parseRoute('#/accept'), { name: 'accept', token: '' });
    assert.equal(parseRoute(''), undefined);
    assert.equal(parseRoute('#/nowhere'), undefined);
    assert.equal(parseRoute('#/constructor'), undefined);
  });

  it('writes them back the same way', () => {
    for (const hash of ['#/login', '#/audit', '#/accept?token=abc_-1'])
      assert.equal(routeHash(parseRoute(hash)!), hash);
  });

  it('shows each role only its views, admins everything', () => {
    const editors = ['faq', 'newsletter', 'bookings', 'calendar', 'appointments', 'figures', 'account'];
    assert.deepEqual(navigationFor('admin'), ['accounts', 'audit', ...editors]);
    assert.deepEqual(navigationFor('editor'), editors);
    assert.deepEqual(navigationFor('consultant'), ['bookings', 'calendar', 'account']);
    assert.equal(mayUse('editor', 'newsletter'), true);
    assert.equal(mayUse('consultant', 'newsletter'), false);
    assert.equal(mayUse('editor', 'accounts'), false);
    assert.equal(mayUse('editor', 'audit'), false);
    assert.equal(mayUse('admin', 'audit'), true);
    assert.equal(homeRoute('admin'), 'accounts');
    assert.equal(homeRoute('editor'), 'faq');
    assert.equal(homeRoute('consultant'), 'bookings');
    assert.equal(mayUse('consultant', 'appointments'), false);
  });

  it('asks for a session everywhere but on the sign-in and the invitation', () => {
    assert.equal(needsSession('login'), false);
    assert.equal(needsSession('accept'), false);
    assert.equal(needsSession('accounts'), true);
    assert.equal(needsSession('account'), true);
  });
});
