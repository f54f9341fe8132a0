import {
  NEWSLETTER_TOPICS,
  NewsletterIssueInput,
  NewsletterIssueText,
  SUPPORTED_LOCALES,
  fieldErrorsFromIssues,
  type NewsletterIssue,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import type { Checked } from './console-forms.js';

// The issue form: one flat set of fields (topics, languages, a subject and a body per language), so
// each error sits at its own field, checked with the contract the server uses.

export type TextField = `subject-${SupportedLocale}` | `markdown-${SupportedLocale}`;
export type IssueField = 'topics' | 'languages' | TextField;

export type IssueValues = { topics: NewsletterTopic[]; languages: SupportedLocale[] } & Record<TextField, string>;

/** In the order the form shows them: the first with an error gets the focus. */
export const ISSUE_FIELDS: readonly IssueField[] = [
  'topics',
  'languages',
  ...SUPPORTED_LOCALES.flatMap((language) => [`subject-${language}` as const, `markdown-${language}` as const]),
];

export const subjectField = (language: SupportedLocale): TextField => `subject-${language}`;
export const markdownField = (language: SupportedLocale): TextField => `markdown-${language}`;

export function emptyIssue(language: SupportedLocale = 'de'): IssueValues {
  const texts = Object.fromEntries(
    SUPPORTED_LOCALES.flatMap((each) => [
      [subjectField(each), ''],
      [markdownField(each), ''],
    ]),
  ) as Record<TextField, string>;
  return { topics: [], languages: [language], ...texts };
}

/** A stored draft back in the form. */
export function issueValues(issue: Pick<NewsletterIssue, 'topics' | 'texts'>): IssueValues {
  const values = emptyIssue();
  values.topics = NEWSLETTER_TOPICS.filter((topic) => issue.topics.includes(topic));
  values.languages = SUPPORTED_LOCALES.filter((language) => issue.texts.some((text) => text.language === language));
  for (const text of issue.texts) {
    values[subjectField(text.language)] = text.subject;
    values[markdownField(text.language)] = text.markdown;
  }
  return values;
}

/** What the form would send, unchecked: the chosen languages' texts in the form's order. */
export function issueInput(values: IssueValues): NewsletterIssueInput {
  return {
    topics: NEWSLETTER_TOPICS.filter((topic) => values.topics.includes(topic)),
    texts: SUPPORTED_LOCALES.filter((language) => values.languages.includes(language)).map((language) => ({
      language,
      subject: values[subjectField(language)],
      markdown: values[markdownField(language)],
    })),
  };
}

export function checkIssue(values: IssueValues): Checked<NewsletterIssueInput> {
  const input = issueInput(values);
  const errors: Partial<Record<IssueField, string>> = {};
  if (input.topics.length === 0) errors.topics = 'required';
  if (input.texts.length === 0) errors.languages = 'required';
  for (const text of input.texts) {
    const parsed = z.safeParse(NewsletterIssueText, text);
    if (parsed.success) continue;
    const fields = fieldErrorsFromIssues(parsed.error.issues, text);
    if (fields.subject) errors[subjectField(text.language)] = fields.subject;
    if (fields.markdown) errors[markdownField(text.language)] = fields.markdown;
  }
  if (Object.keys(errors).length) return { ok: false, errors: errors as Record<string, string> };
  const parsed = z.safeParse(NewsletterIssueInput, input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: serverFieldErrors(fieldErrorsFromIssues(parsed.error.issues, input)) };
}

/**
 * A 422 of the server names the top-level field only (`topics`, `texts`): the texts' error goes to
 * the choice of languages, the nearest field the form has.
 */
export function serverFieldErrors(codes: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (codes.topics) errors.topics = codes.topics;
  if (codes.texts) errors.languages = codes.texts;
  return errors;
}

/** Whether the form holds something other than what is stored (undefined: nothing stored yet). */
export function changedSince(values: IssueValues, stored: NewsletterIssueInput | undefined): boolean {
  if (!stored) return true;
  // Compared as the server stores it (trimmed subject, LF line ends): a trailing space is no change.
  const checked = checkIssue(values);
  const now = checked.ok ? checked.value : issueInput(values);
  return JSON.stringify(now) !== JSON.stringify(issueInput(issueValues(stored)));
}
