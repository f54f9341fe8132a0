import type { ShownData } from './shown-data.js';

/**
 * How a spreadsheet in the reader's language expects a CSV file. Excel splits columns at the
 * list separator of the computer's regional settings: where the decimal separator is a comma
 * (German, Spanish, Russian, Ukrainian, Vietnamese) that is a semicolon, elsewhere a comma.
 */
export interface CsvConventions {
  delimiter: ';' | ',';
  decimal: ',' | '.';
}

export function csvConventionsFor(locale: string): CsvConventions {
  const decimal = new Intl.NumberFormat(locale, { numberingSystem: 'latn' })
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/** The byte order mark: without it Excel reads UTF-8 as the old Windows code page ("GroÃŸ"). */
const BOM = '\uFEFF';

/**
 * The shown data as a CSV file, one line per figure (`date, series, label, value`): ISO dates,
 * plain digits without grouping, the decimal mark of the reader's spreadsheet, CRLF line ends.
 */
export function toCsv(data: ShownData, conventions: CsvConventions): string {
  const { delimiter, decimal } = conventions;
  const field = (text: string) => {
    // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const number = (value: number) => String(value).replace('.', decimal);
  const lines = [['date', 'series', 'label', 'value'].join(delimiter)];
  for (const row of data.rows) {
    row.values.forEach((value, i) => {
      if (value === undefined) return;
      lines.push([data.dates[i]!, field(row.key), field(row.label), number(value)].join(delimiter));
    });
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
