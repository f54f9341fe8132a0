import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The list shipped beside this file (its header names its source). */
export const COMMON_PASSWORDS_FILE = resolve(import.meta.dirname, 'common-passwords.txt');

let list: Set<string> | undefined;

function load(): Set<string> {
  const lines = readFileSync(COMMON_PASSWORDS_FILE, 'utf8').split('\n');
  return new Set(lines.filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.trim().toLowerCase()));
}

/** True when the password is on the list, without regard to case ("Qwerty123456" is as weak as "qwerty123456"). */
export function isCommonPassword(password: string): boolean {
  list ??= load();
  return list.has(password.trim().toLowerCase());
}
