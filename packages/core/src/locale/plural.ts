import type { SupportedLocale } from '@welcome-widgets/domain';

/**
 * One text per plural category of a language (CLDR: Arabic uses all six, Russian and Ukrainian
 * one/few/many/other, Vietnamese only other). Functions, so that each `msg()` runs only when its
 * form is chosen and during render (it must answer in the widget's language).
 */
export interface PluralForms {
  zero?: () => string;
  one?: () => string;
  two?: () => string;
  few?: () => string;
  many?: () => string;
  other: () => string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();
const numbersByLocale = new Map<SupportedLocale, Intl.NumberFormat>();

/** The form of `forms` that the locale's plural rules choose for `count`; `other` where none was given. */
export function plural(count: number, locale: SupportedLocale, forms: PluralForms): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  const category = rules.select(count) as keyof PluralForms;
  return (forms[category] ?? forms.other)();
}

/** A count written as the locale writes numbers (Arabic-Indic digits in Arabic, 1.234 in German). */
export function formatCount(count: number, locale: SupportedLocale): string {
  // Made once per language: a new NumberFormat per call was the dearest step of an FAQ keystroke.
  let format = numbersByLocale.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numbersByLocale.set(locale, format);
  }
  return format.format(count);
}
