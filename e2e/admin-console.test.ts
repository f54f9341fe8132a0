import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { serverAndBrowser, thirdParty } from './browser.js';
import { policyViolations } from './policy-violations.js';
import {
  assertAccessible,
  assertOneHeading,
  createStaffAccount,
  focusedElement,
  openConsole,
  sidewaysScroll,
  signInAs,
  tabTo,
  withoutRefusals as withoutAnyRefusals,
} from './staff-console.js';

const ADMIN = { email: 'leitung@example.org', name: 'Petra Leitner', password: 'Sieben Zwerge hinter den Bergen' };
const EDITOR = { email: 'redaktion@example.org', name: 'Ede Redlich', password: 'ein Ring, sie zu knechten 42' };

/**
 * Chromium logs every 401 and 422 as a failed load: the answers to a signed-out visit, a wrong
 * sign-in or a wrong current password are the person's input, not errors of the page.
 */
const withoutRefusals = (problems: string[]) =>
  withoutAnyRefusals(problems, ['401 (Unauthorized)', '422 (Unprocessable Entity)']);

/** Each view starts with its one h1, which has the focus after the route changed. */
async function assertView(page: Page, heading: string, focused = true): Promise<void> {
  await assertOneHeading(page, heading);
  if (focused) assert.equal(await focusedElement(page), 'h1', `the focus is on the heading "${heading}"`);
}

describe('the staff console at /admin/, as the county staff use it', () => {
  const live = serverAndBrowser(() => ({ DEMO_PAGES: 'false' }));

  const open = (locale: string, width?: number) => openConsole(live.browser, locale, width);

  it('first admin, keyboard sign-in, invitation by mail, role change, audit log; axe-clean in de and en', async () => {
    await createStaffAccount({ DATABASE_URL: live.server.database.url, PUBLIC_URL: live.server.url }, ADMIN, 'admin');
    const admin = await open('de-DE');
    const page = admin.page;

    // Served with DEMO_PAGES=false: the console is the service's page, not the demo's.
    const answer = await page.goto(`${live.server.url}/admin/`);
    assert.equal(answer?.status(), 200);
    assert.match(answer?.headers()['content-security-policy'] ?? '', /script-src 'self'; style-src 'self'/);
    const bare = await fetch(`${live.server.url}/admin`, { redirect: 'manual' });
    assert.deepEqual([bare.status, bare.headers.get('location')], [301, '/admin/']);
    await assertView(page, 'Anmelden', false);
    assert.match(page.url(), /#\/login$/);
    assert.equal(await page.title(), 'Anmelden – Welcome-Konsole');
    await assertAccessible(page, 'sign-in, de');

    // Keyboard only: a wrong password first, then the right one.
    await tabTo(page, 'input#email');
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password at all');
    await page.keyboard.press('Enter');
    const failed = page.locator('welcome-admin-login [role="alert"] .error-notice');
    await failed.getByText('Die E-Mail-Adresse oder das Passwort stimmt nicht, oder das Konto ist gesperrt.').waitFor();
    await assertAccessible(page, 'sign-in failed, de');
    assert.equal(await focusedElement(page), 'input#password', 'the focus stays in the emptied password field');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');

    await assertView(page, 'Konten');
    assert.match(page.url(), /#\/accounts$/);
    const header = page.locator('welcome-admin-console header');
    await header.getByText(`${ADMIN.name} · Administration`).waitFor();
    const nav = page.locator('welcome-admin-console nav');
    // The admin's own views first, the task views (FAQ, newsletter, …) between, the own account last.
    const adminLinks = await nav.getByRole('link').allTextContents();
    assert.deepEqual([adminLinks.slice(0, 2), adminLinks.at(-1)], [['Konten', 'Protokoll'], 'Mein Konto']);
    await page.locator('welcome-admin-account-card').first().waitFor();
    await assertAccessible(page, 'accounts, de');

    // Invite an editor: errors under the fields first, then the invitation.
    const accounts = page.locator('welcome-admin-accounts');
    await accounts.getByRole('button', { name: 'Einladung senden' }).click();
    await accounts.getByText('Bitte geben Sie die E-Mail-Adresse ein.').waitFor();
    await accounts.getByText('Bitte geben Sie den Namen ein.').waitFor();
    assert.equal(await focusedElement(page), 'input#email', 'the first field with an error has the focus');
    await assertAccessible(page, 'invitation with errors, de');
    await accounts.getByLabel('E-Mail-Adresse', { exact: true }).fill(EDITOR.email);
    await accounts.getByLabel('Name', { exact: true }).fill(EDITOR.name);
    await accounts.getByLabel('Rolle', { exact: true }).selectOption('editor');
    await accounts.getByLabel('Sprache der Einladung').selectOption('en');
    await accounts.getByRole('button', { name: 'Einladung senden' }).click();
    await accounts.getByText(`Die Einladung an ${EDITOR.email} ist verschickt.`).waitFor();
    await accounts.getByRole('heading', { name: EDITOR.name }).waitFor();

    const mail = await live.server.sink.next(EDITOR.email);
    const link = /https?:\/\/\S+\/admin\/#\/accept\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);

    // The invited editor, in an English browser, chooses a password.
    const editor = await open('en-GB');
    await editor.page.goto(`${live.server.url}/admin/#/accept?token=not-a-token`);
    await assertView(editor.page, 'Accept invitation', false);
    await editor.page.getByText('This invitation link is invalid, has expired or has already been used.').waitFor();
    await assertAccessible(editor.page, 'invalid invitation link, en');
    await editor.page.goto(link);
    await assertView(editor.page, 'Accept invitation', false);
    await assertAccessible(editor.page, 'accept invitation, en');
    const accept = editor.page.locator('welcome-admin-accept');
    await accept.getByLabel('New password', { exact: true }).fill('too short');
    await accept.getByLabel('Repeat new password').fill('too short!');
    await accept.getByRole('button', { name: 'Set password and sign in' }).click();
    await accept.getByText('The password must be at least 12 characters long.').waitFor();
    await accept.getByText('The two passwords do not match.').waitFor();
    await assertAccessible(editor.page, 'accept invitation with errors, en');
    await accept.getByLabel('New password', { exact: true }).fill(EDITOR.password);
    await accept.getByLabel('Repeat new password').fill(EDITOR.password);
    await accept.getByRole('button', { name: 'Set password and sign in' }).click();

    // An editor starts at their first task, the FAQ.
    await assertView(editor.page, 'FAQ');
    assert.doesNotMatch(editor.page.url(), /token=/, 'the token leaves the address bar');
    const editorNav = editor.page.locator('welcome-admin-console nav');
    const editorLinks = await editorNav.getByRole('link').allTextContents();
    assert.ok(!editorLinks.includes('Accounts') && !editorLinks.includes('Audit log'), 'an editor has no accounts');
    assert.equal(editorLinks.at(-1), 'My account');
    await editor.page.locator('welcome-admin-console header').getByText(`${EDITOR.name} · Editor`).waitFor();
    await assertAccessible(editor.page, 'an editor’s start, en');
    // Typed by hand, the accounts view is not an editor's either.
    await editor.page.goto(`${live.server.url}/admin/#/accounts`);
    await assertView(editor.page, 'FAQ', false);

    // The admin makes the editor an admin.
    await nav.getByRole('link', { name: 'Protokoll' }).click();
    await assertView(page, 'Protokoll');
    await nav.getByRole('link', { name: 'Konten' }).click();
    await assertView(page, 'Konten');
    const card = page.locator('welcome-admin-account-card').filter({ hasText: EDITOR.email });
    await card.getByText('Zuletzt angemeldet').waitFor();
    await card.getByLabel(`Rolle von ${EDITOR.name}`).selectOption('admin');
    await card.getByRole('button', { name: 'Rolle ändern' }).click();
    await card.getByText('Die Rolle ist jetzt: Administration.').waitFor();

    // The audit log names it, newest first, before and after in words.
    await nav.getByRole('link', { name: 'Protokoll' }).click();
    await assertView(page, 'Protokoll');
    const newest = page.locator('welcome-admin-audit li.entry').first();
    await newest.waitFor();
    const text = (await newest.textContent())?.replace(/\s+/g, ' ') ?? '';
    assert.match(text, /Konto geändert user\.update/, text);
    assert.match(text, new RegExp(`Von: ${ADMIN.email}`), text);
    assert.match(text, /role: vorher editor → nachher admin/, text);
    await assertAccessible(page, 'audit log, de');

    // The header's switch: the same views in English.
    await header.getByRole('button', { name: 'English' }).click();
    await assertView(page, 'Audit log', false);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await assertAccessible(page, 'audit log, en');
    await nav.getByRole('link', { name: 'Accounts' }).click();
    await assertView(page, 'Accounts');
    await page.locator('welcome-admin-account-card').first().waitFor();
    await assertAccessible(page, 'accounts, en');
    await nav.getByRole('link', { name: 'My account' }).click();
    await assertView(page, 'My account');
    await assertAccessible(page, 'my account, en');
    await header.getByRole('button', { name: 'Deutsch' }).click();
    await assertView(page, 'Mein Konto', false);
    await assertAccessible(page, 'my account, de');
    await page.goto(`${live.server.url}/admin/#/accept?token=${'x'.repeat(43)}`);
    await assertView(page, 'Einladung annehmen');
    await assertAccessible(page, 'accept invitation, de');

    // The editor changes the password: the current one wrong first, then right.
    const own = editor.page.locator('welcome-admin-account');
    await editor.page.goto(`${live.server.url}/admin/#/account`);
    await own.getByLabel('Current password').fill('not my password');
    await own.getByLabel('New password', { exact: true }).fill('a new and longer passphrase');
    await own.getByLabel('Repeat new password').fill('a new and longer passphrase');
    await own.getByRole('button', { name: 'Change password' }).click();
    await own.getByText('The current password is not correct.').waitFor();
    assert.equal(await focusedElement(editor.page), 'input#currentPassword');
    await own.getByLabel('Current password').fill(EDITOR.password);
    await own.getByRole('button', { name: 'Change password' }).click();
    await own.getByText('Your password has been changed. Your sessions on other devices have ended.').waitFor();
    assert.equal(await own.getByLabel('New password', { exact: true }).inputValue(), '', 'no password stays typed');

    // Logging out brings the sign-in back, in the person's language.
    await editor.page.locator('welcome-admin-console header').getByRole('button', { name: 'Log out' }).click();
    await assertView(editor.page, 'Sign in');
    await editor.page.getByText('You have logged out.').waitFor();
    await assertAccessible(editor.page, 'sign-in after logging out, en');

    const cookies = await admin.context.cookies();
    assert.deepEqual(
      cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite]),
      [['welcome_session', true, 'Strict']],
      'one cookie, the session',
    );
    for (const { page: each, problems, requests } of [admin, editor]) {
      assert.deepEqual(await policyViolations(each, problems), [], 'nothing refused by the page policy');
      assert.deepEqual(withoutRefusals(problems), [], 'no errors in the console');
      assert.deepEqual(thirdParty(requests, live.server.url), [], 'no requests elsewhere');
    }
    await editor.context.close();
    await admin.context.close();
  });

  it('a session that ends sends the person to sign in again and keeps what they typed', async () => {
    const first = await open('de-DE', 320);
    await first.page.goto(`${live.server.url}/admin/#/accounts`);
    await assertView(first.page, 'Anmelden', false);
    const login = first.page.locator('welcome-admin-login');
    await signInAs(first.page, ADMIN);
    await assertView(first.page, 'Konten');
    const accounts = first.page.locator('welcome-admin-accounts');
    await first.page.locator('welcome-admin-account-card').first().waitFor();
    const overflow = await sidewaysScroll(first.page);
    assert.ok(overflow <= 0, `at 320 px the console scrolls sideways by ${overflow}px`);
    await accounts.getByLabel('E-Mail-Adresse', { exact: true }).fill('beratung@example.org');
    await accounts.getByLabel('Name', { exact: true }).fill('Bea Rater');

    // Meanwhile, on another device, the same admin logs out everywhere.
    const second = await open('de-DE');
    await second.page.goto(`${live.server.url}/admin/#/account`);
    await signInAs(second.page, ADMIN);
    await assertView(second.page, 'Mein Konto');
    await second.page.locator('welcome-admin-account').getByRole('button', { name: 'Überall abmelden' }).click();
    await assertView(second.page, 'Anmelden');
    await second.page.getByText('Sie haben sich auf allen Geräten abgemeldet.').waitFor();

    await accounts.getByRole('button', { name: 'Einladung senden' }).click();
    await assertView(first.page, 'Anmelden');
    await first.page.getByText('Ihre Sitzung ist abgelaufen.', { exact: false }).waitFor();
    await assertAccessible(first.page, 'sign-in after the session expired, de');
    await login.getByLabel('Passwort').fill(ADMIN.password);
    await login.getByRole('button', { name: 'Anmelden' }).click();
    await assertView(first.page, 'Konten');
    assert.equal(
      await accounts.getByLabel('Name', { exact: true }).inputValue(),
      'Bea Rater',
      'the typed name is kept',
    );
    await accounts.getByRole('button', { name: 'Einladung senden' }).click();
    await accounts.getByText('Die Einladung an beratung@example.org ist verschickt.').waitFor();

    // Withdrawn again: its link stops working, the focus goes to the list it was in.
    await accounts.getByRole('button', { name: 'Einladung an Bea Rater zurückziehen' }).click();
    await accounts.getByText('Die Einladung ist zurückgezogen; ihr Link gilt nicht mehr.').waitFor();
    await accounts.getByText('Keine offenen Einladungen.').waitFor();
    assert.equal(await focusedElement(first.page), 'h2#invitations-heading');
    const withdrawn = await live.server.sink.next('beratung@example.org');
    const token = /token=([A-Za-z0-9_-]{43})/.exec(withdrawn.text)?.[1];
    const refused = await live.server.api('/v1/admin/invitations/accept', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'lang genug und sicher 7' }),
    });
    assert.equal(refused.status, 404, 'the withdrawn link no longer works');
    assert.deepEqual(withoutRefusals(first.problems), []);
    await first.context.close();
    await second.context.close();
  });
  it('the audit log goes back a page at a time and forward again, the focus on the page shown', async () => {
    // Sixty changes through the API, as a script with a session would make them.
    const signIn = await live.server.api('/v1/admin/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: live.server.url },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    assert.equal(signIn.status, 200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const users = (await (await live.server.api('/v1/admin/users', { headers: { cookie } })).json()) as {
      users: { id: number; email: string }[];
    };
    const editorId = users.users.find((user) => user.email === EDITOR.email)!.id;
    for (let change = 1; change <= 60; change++) {
      const answer = await live.server.api(`/v1/admin/users/${editorId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', origin: live.server.url, cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: `${EDITOR.name} ${change}` }),
      });
      assert.equal(answer.status, 200);
    }

    const { context, page } = await open('de-DE');
    await page.goto(`${live.server.url}/admin/#/audit`);
    await signInAs(page, ADMIN);
    await assertView(page, 'Protokoll');
    const audit = page.locator('welcome-admin-audit');
    await audit.getByText('Seite 1', { exact: true }).waitFor();
    const entries = audit.locator('li.entry');
    assert.equal(await entries.count(), 50, 'fifty entries a page');
    assert.match((await entries.first().textContent()) ?? '', new RegExp(`${EDITOR.name} 59.*${EDITOR.name} 60`, 's'));
    assert.equal(await audit.getByRole('button', { name: 'Neuere Einträge' }).count(), 0);

    await audit.getByRole('button', { name: 'Ältere Einträge' }).click();
    await audit.getByText('Seite 2', { exact: true }).waitFor();
    assert.equal(await focusedElement(page), 'p#page-status', 'the focus goes to the page shown');
    assert.match((await entries.first().textContent()) ?? '', /user\.update|user\.\w+|invitation\.\w+/);
    await assertAccessible(page, 'audit log, second page, de');

    await audit.getByRole('button', { name: 'Neuere Einträge' }).click();
    await audit.getByText('Seite 1', { exact: true }).waitFor();
    assert.equal(await focusedElement(page), 'p#page-status');
    assert.match((await entries.first().textContent()) ?? '', new RegExp(`${EDITOR.name} 60`));
    await context.close();
  });
});
