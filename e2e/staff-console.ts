import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './axe-check.js';
import { watch } from './browser.js';
import { recordPolicyViolations } from './policy-violations.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StaffAccount {
  email: string;
  name: string;
  password: string;
}

/**
 * An account made as an operator makes it: `npm run admin -- create-user …`, the password on stdin.
 * Resolves with what the CLI printed.
 */
export function createStaffAccount(
  env: Record<string, string>,
  account: StaffAccount,
  role: 'admin' | 'editor' | 'consultant',
  extra: readonly string[] = [],
): Promise<string> {
  const cli = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'packages/server/src/staff/admin-cli.ts',
      'create-user',
      '--email',
      account.email,
      '--name',
      account.name,
      '--role',
      role,
      ...extra,
      '--password-stdin',
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  cli.stdout.on('data', (chunk: Buffer) => (output += chunk));
  cli.stderr.on('data', (chunk: Buffer) => (output += chunk));
  cli.stdin.end(`${account.password}\n`);
  return new Promise((resolve, reject) =>
    cli.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`admin CLI exit ${code}: ${output}`)))),
  );
}

export interface ConsoleVisit {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
}

/** A fresh visitor in Berlin time with the page policy recorded and the page watched. */
export async function openConsole(
  browser: Browser,
  locale: string,
  width = 1280,
  options: BrowserContextOptions = {},
): Promise<ConsoleVisit> {
  const context = await browser.newContext({
    locale,
    timezoneId: 'Europe/Berlin',
    viewport: { width, height: 900 },
    ...options,
  });
  await recordPolicyViolations(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page, ...watch(page) };
}

export interface SignInLabels {
  email: string | RegExp;
  password: string | RegExp;
  submit: string | RegExp;
}

export const GERMAN_SIGN_IN: SignInLabels = { email: 'E-Mail-Adresse', password: 'Passwort', submit: 'Anmelden' };

/** Fills the sign-in form the console shows and sends it; the page must already show it or be on its way. */
export async function signInAs(
  page: Page,
  account: Pick<StaffAccount, 'email' | 'password'>,
  labels: SignInLabels = GERMAN_SIGN_IN,
): Promise<void> {
  const login = page.locator('welcome-admin-login');
  await login.getByLabel(labels.email).fill(account.email);
  await login.getByLabel(labels.password).fill(account.password);
  await login.getByRole('button', { name: labels.submit }).click();
}

/** The id of the element that has the focus, looked up through the console's shadow roots. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : '';
  });
}

/** Presses Tab (or Shift+Tab) until the element named like {@link focusedElement} has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: string, limit = 12, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press(key);
    if ((await focusedElement(page)) === target) return;
  }
  assert.fail(`${target} was not reached with ${limit} presses of ${key} (at ${await focusedElement(page)})`);
}

/** Each view starts with its one h1. */
export async function assertOneHeading(page: Page, heading: string): Promise<void> {
  const h1 = page.locator('welcome-admin-console h1');
  await h1.getByText(heading, { exact: true }).waitFor();
  assert.equal(await h1.count(), 1, `one h1 on ${heading}`);
}

export async function assertAccessible(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
}

/** How far the page scrolls sideways, in CSS pixels; 0 or less when it fits. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Chromium logs every refused request as a failed load, e.g. `status of 422 (Unprocessable Entity)`.
 * Each test names the statuses that answer the person's input there, not errors of the page.
 */
export function withoutRefusals(problems: string[], refused: readonly string[]): string[] {
  return problems.filter((problem) => !refused.some((status) => problem.includes(`status of ${status}`)));
}
