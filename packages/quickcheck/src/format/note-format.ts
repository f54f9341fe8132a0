import { countryName } from '../ui/country-names.js';

/** Formats the figures a note names, in the reader's locale. */
export interface NoteFormat {
  money(amount: number): string;
  country(code: string): string;
  number(value: number): string;
}

/**
 * Euros as the locale writes them: whole figures without cents ("50.700 €"), others with the
 * currency's full minor unit ("45.934,20 €", never "45.934,2 €").
 */
export function formatMoney(amount: number, locale: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);
}

export function noteFormat(locale: string): NoteFormat {
  const number = new Intl.NumberFormat(locale);
  return {
    money: (amount) => formatMoney(amount, locale),
    number: (value) => number.format(value),
    country: (code) => countryName(code, locale),
  };
}
