import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { BookingRequest } from '../src/contracts/appointments.js';
import { fieldErrorsFromIssues } from '../src/contracts/field-errors.js';
import { NewsletterSubscriptionRequest } from '../src/contracts/newsletter.js';

const booking = {
  topic: 'work-visa',
  start: '2026-03-31T07:00:00Z',
  name: 'Anna Schmidt',
  email: 'anna@example.org',
  language: 'de',
  consent: true,
};

function bookingErrors(input: Record<string, unknown>) {
  const result = z.safeParse(BookingRequest, input);
  return result.success ? {} : fieldErrorsFromIssues(result.error.issues, input);
}

function parsedBooking(input: Record<string, unknown>) {
  const result = z.safeParse(BookingRequest, input);
  assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  return result.data!;
}

const hex = (text: string) =>
  [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Each one is refused in a name and in a message. */
const alwaysForbidden: Record<string, string> = {
  NUL: '\u0000',
  'BEL (C0)': '\u0007',
  'ESC (C0, terminal escapes)': '\u001B',
  'vertical tab': '\u000B',
  'form feed': '\u000C',
  'a lone CR': '\r',
  DEL: '\u007F',
  'NEL (C1)': '\u0085',
  'CSI (C1)': '\u009B',
  'U+202A LRE': '\u202A',
  'U+202B RLE': '\u202B',
  'U+202C PDF': '\u202C',
  'U+202D LRO': '\u202D',
  'U+202E RLO': '\u202E',
  'U+2066 LRI': '\u2066',
  'U+2067 RLI': '\u2067',
  'U+2068 FSI': '\u2068',
  'U+2069 PDI': '\u2069',
  'U+2028 line separator': '\u2028',
  'U+2029 paragraph separator': '\u2029',
  'a lone high surrogate': '\uD800',
  'a lone low surrogate': '\uDC00',
  'a surrogate pair the wrong way round': '\uDE00\uD83D',
};

/** Refused in a one-line name, kept in a multi-line message. */
const lineBreaksAndTabs: Record<string, string> = { LF: '\n', 'CR LF': '\r\n', TAB: '\t' };

/** Real text in the seven UI languages and in scripts that need joiners: must always pass. */
const legitimate: Record<string, string> = {
  de: 'Jürgen Groß-Müller',
  en: "Mary-Kate O'Neil",
  uk: 'Олена Ґалаґан-Їжакевич',
  ru: 'Пётр Ёлкин',
  ar: 'مُحَمَّد عَبْدُ الله',
  'ar with a right-to-left mark between numbers': 'الغرفة \u200F12\u200F-ب',
  'ar with the Arabic letter mark': 'رقم\u061C 5',
  es: 'José Peña Núñez',
  'vi (precomposed)': 'Nguyễn Thị Lan',
  'vi (combining marks, NFD)': 'Nguyễn Thị Lan'.normalize('NFD'),
  'emoji with ZWJ, skin tone and a flag': 'Familie 👩‍👩‍👧 👋🏽 🇺🇦',
  'Persian with ZWNJ': 'می‌خواهم',
  'Devanagari with ZWJ': 'क्‍ष',
  'a character outside the BMP (surrogate pair)': 'Nguyễn 𠜎',
  'a left-to-right mark': 'Anna\u200E Schmidt',
};

describe('plain-text checks in the booking contract', () => {
  for (const [what, chars] of Object.entries(alwaysForbidden)) {
    it(`refuses ${what} (${hex(chars)}) in the name and in the message`, () => {
      assert.deepEqual(bookingErrors({ ...booking, name: `Anna${chars}Schmidt` }), { name: 'control_characters' });
      assert.deepEqual(bookingErrors({ ...booking, message: `Guten Tag,${chars}ich habe eine Frage.` }), {
        message: 'control_characters',
      });
    });
  }

  for (const [what, chars] of Object.entries(lineBreaksAndTabs)) {
    it(`refuses ${what} inside a name but keeps it in a message`, () => {
      assert.deepEqual(bookingErrors({ ...booking, name: `Anna${chars}Schmidt` }), { name: 'control_characters' });
      assert.deepEqual(bookingErrors({ ...booking, message: `Frage 1:${chars}Visum?` }), {});
    });
  }

  it('stores CR LF in a message as LF, and keeps LF and TAB as they are', () => {
    const data = parsedBooking({ ...booking, message: 'Zeile 1\r\nZeile 2\n\tZeile 3\r\n' });
    assert.equal(data.message, 'Zeile 1\nZeile 2\n\tZeile 3\n');
  });

  it('trims a line break pasted at the end of a name instead of refusing it', () => {
    assert.equal(parsedBooking({ ...booking, name: 'Anna Schmidt\r\n' }).name, 'Anna Schmidt');
  });

  it('counts a message after CR LF became LF, so 2000 lines of CR LF fit like in the text area', () => {
    assert.deepEqual(bookingErrors({ ...booking, message: 'x\r\n'.repeat(1000) }), {});
  });

  for (const [language, text] of Object.entries(legitimate)) {
    it(`accepts ${language}: ${text}`, () => {
      assert.equal(parsedBooking({ ...booking, name: text }).name, text);
      assert.equal(parsedBooking({ ...booking, message: `${text}\n${text}` }).message, `${text}\n${text}`);
    });
  }

  it('refuses control characters in the page and widget version it stores as proof of consent', () => {
    assert.deepEqual(bookingErrors({ ...booking, page: 'https://example.org/\r\nX-Injected: 1' }), {
      page: 'control_characters',
    });
    assert.deepEqual(bookingErrors({ ...booking, widgetVersion: '1.0\u0000' }), {
      widgetVersion: 'control_characters',
    });
  });
});

describe('plain-text checks in the newsletter contract', () => {
  const signup = { email: 'a@example.org', topics: ['events'], language: 'de', consent: true };
  const errors = (input: Record<string, unknown>) => {
    const result = z.safeParse(NewsletterSubscriptionRequest, input);
    return result.success ? {} : fieldErrorsFromIssues(result.error.issues, input);
  };

  it('refuses control characters in page and widgetVersion and accepts ordinary ones', () => {
    assert.deepEqual(errors({ ...signup, page: 'https://example.org/\u202Eevil' }), { page: 'control_characters' });
    assert.deepEqual(errors({ ...signup, widgetVersion: '1.0\n' }), { widgetVersion: 'control_characters' });
    assert.deepEqual(errors({ ...signup, page: 'https://example.org/seite', widgetVersion: '1.4.0' }), {});
  });
});
