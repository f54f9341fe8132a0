import * as z from 'zod/mini';
import { CONTROL_CHARACTERS_CODE } from './field-errors.js';

/**
 * Free text that people type (a name, a question) ends up in our database, in mails to the
 * consultants and in logs. Invisible control characters there forge log lines and mail headers,
 * hide or reverse what a consultant reads (a U+202E override turns "txt.exe" round), or break
 * the storage (NUL, lone UTF-16 surrogates, which are not Unicode text at all). Both checks refuse
 * them with the field code `control_characters`, on the server and in the widget alike.
 *
 * Allowed: every letter, mark and symbol of the seven UI languages, including Arabic marks,
 * Vietnamese combining marks, emoji sequences, ZWJ/ZWNJ (U+200D/U+200C, needed by scripts such
 * as Persian and by emoji) and the left-to-right/right-to-left marks (U+200E/U+200F/U+061C) that
 * Arabic keyboards type between numbers and Latin words. Refused: the embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which can reorder everything after them.
 */

/** C0 controls (TAB, LF and CR among them), DEL and C1 controls: Unicode's category Cc. */
const CONTROL = /\p{Cc}/u;
/** The same without TAB (U+0009) and LF (U+000A), which a multi-line text keeps. */
const CONTROL_BUT_TAB_LF = /(?![\t\n])\p{Cc}/u;
/** Bidi embeddings, overrides and isolates; line and paragraph separators (U+2028/U+2029). */
const BIDI_CONTROL_OR_SEPARATOR = /[\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
/** With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * What each check refuses, for scripts/generate-contract-checks.ts: it writes the browser's copy
 * of these checks and cannot read the patterns out of a closure.
 */
export const TEXT_CHECKS = new WeakMap<object, { forbidden: readonly RegExp[]; fieldCode: string }>();

/* @__NO_SIDE_EFFECTS__ */
const refuse = (forbidden: readonly RegExp[], what: string) => {
  const check = z.refine<string>((value) => !forbidden.some((pattern) => pattern.test(value)), {
    message: `This text must not contain ${what}.`,
    params: { fieldCode: CONTROL_CHARACTERS_CODE },
  });
  TEXT_CHECKS.set(check, { forbidden, fieldCode: CONTROL_CHARACTERS_CODE });
  return check;
};

/**
 * One line, such as a name: no control character at all (no line break, no TAB, no NUL), no bidi
 * control, no U+2028/U+2029, no lone surrogate. Add it after any trim, so a line break pasted at
 * the end is trimmed away rather than refused.
 */
export const singleLineText = /* @__NO_SIDE_EFFECTS__ */ () =>
  refuse([CONTROL, BIDI_CONTROL_OR_SEPARATOR, LONE_SURROGATE], 'control characters or line breaks');

/**
 * Several lines, such as a question: CR LF becomes LF (browsers send CR LF from text areas on form
 * submission, and mails and storage want one kind), LF and TAB stay; a lone CR, every other
 * control, bidi control, U+2028/U+2029 and lone surrogates are refused.
 */
export const multiLineText = /* @__NO_SIDE_EFFECTS__ */ () =>
  [
    z.overwrite((value: string) => value.replace(/\r\n/g, '\n')),
    refuse(
      [CONTROL_BUT_TAB_LF, BIDI_CONTROL_OR_SEPARATOR, LONE_SURROGATE],
      'control characters other than line breaks and tabs',
    ),
  ] as const;
