// How the calendar views map the server's field paths onto their forms' fields (ADR 0018, "The
// console's calendars"): the fields' ids are the paths the 422 names, a row's own error is said at
// its end field, a list's entry at its list.

/** The fields of an hours form with `count` rows, named as the server names them (`rules.0.from`). */
export function hoursFields(count: number): string[] {
  return [
    'rules',
    ...Array.from({ length: count }, (_, index) => [
      `rules.${index}.weekday`,
      `rules.${index}.from`,
      `rules.${index}.to`,
    ]).flat(),
  ];
}

/** `rules.2` (from not before to) is said at that row's end time; the other paths are fields already. */
export function hoursErrors(codes: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, code] of Object.entries(codes)) {
    const row = /^rules\.(\d+)$/.exec(path);
    if (row) errors[`rules.${row[1]}.to`] = 'range';
    else errors[path] = code;
  }
  return errors;
}

/**
 * The errors of a list's new last entry (`absences.3.from`, `absences.3` for from after to), by
 * the add form's own field names; errors elsewhere in the list are not the form's.
 */
export function newEntryErrors(
  codes: Record<string, string>,
  list: string,
  index: number,
  fields: Record<string, string>,
  rangeField?: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const prefix = `${list}.${index}`;
  for (const [path, code] of Object.entries(codes)) {
    if (path === prefix && rangeField) errors[rangeField] = 'range';
    else if (path.startsWith(`${prefix}.`)) {
      const field = fields[path.slice(prefix.length + 1)];
      if (field) errors[field] = code;
    }
  }
  return errors;
}

/** `languages.2` or `consultants.0` is said at its list; other paths stay. */
export function listEntryErrors(codes: Record<string, string>, lists: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, code] of Object.entries(codes)) {
    const [head, index, ...rest] = path.split('.');
    errors[lists.includes(head!) && /^\d+$/.test(index ?? '') && rest.length === 0 ? head! : path] = code;
  }
  return errors;
}
