import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type DashboardUnit, type SupportedLocale } from '@welcome-widgets/domain';

/**
 * A figure with its unit, in the language's plural form ("1 Person", "94 человека", "18,471 people").
 * Functions of msg() inside, so that it answers in the widget's language during render.
 */
export function valueWithUnit(value: number, unit: DashboardUnit, locale: SupportedLocale): string {
  const n = formatCount(value, locale);
  switch (unit) {
    case 'persons':
      return plural(value, locale, {
        zero: () => msg(str`${n} Personen`, { id: 'dashboard.unit.persons.zero' }),
        one: () => msg(str`${n} Person`, { id: 'dashboard.unit.persons.one' }),
        two: () => msg(str`${n} Personen`, { id: 'dashboard.unit.persons.two' }),
        few: () => msg(str`${n} Personen`, { id: 'dashboard.unit.persons.few' }),
        many: () => msg(str`${n} Personen`, { id: 'dashboard.unit.persons.many' }),
        other: () => msg(str`${n} Personen`, { id: 'dashboard.unit.persons.other' }),
      });
    case 'procedures':
      return plural(value, locale, {
        zero: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.zero' }),
        one: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.one' }),
        two: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.two' }),
        few: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.few' }),
        many: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.many' }),
        other: () => msg(str`${n} Verfahren`, { id: 'dashboard.unit.procedures.other' }),
      });
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    default:
      return n;
  }
}
