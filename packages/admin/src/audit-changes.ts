/** One field of a content change: what it was and what it became (`undefined`: it was not there). */
export interface AuditChange {
  /** The field's name; empty when the value as a whole changed. */
  field: string;
  before: string | undefined;
  after: string | undefined;
}

/**
 * The audit log's before and after as a person reads them: for records, only the fields that
 * differ, each with its old and new value; anything else as one value for one.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  if (before === null && after === null) return [];
  if (isRecord(before) && isRecord(after)) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
  }
  if (isRecord(after) && before === null)
    return Object.entries(after).map(([field, value]) => ({ field, before: undefined, after: shown(value) }));
  if (isRecord(before) && after === null)
    return Object.entries(before).map(([field, value]) => ({ field, before: shown(value), after: undefined }));
  return [
    {
      field: '',
      before: before === null ? undefined : shown(before),
      after: after === null ? undefined : shown(after),
    },
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as text; a field set to nothing reads as a dash, a field that is not there as nothing. */
function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
