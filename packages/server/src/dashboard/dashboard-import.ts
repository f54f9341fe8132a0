import { singleLineText, type DashboardImportResult } from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import { zonedDate } from '@welcome-widgets/domain/time';
import { type CsvPoint, type LineProblem, isIsoDate, readMetricCsv } from '@welcome-widgets/domain/dashboard';
import type { DashboardService, OnMetricChange } from './dashboard-service.js';

/** Largest data file accepted, by the admin endpoint and the command line alike. */
export const MAX_CSV_BYTES = 1024 * 1024;

/** Optional statements about the file; what is not given is derived (asOf, edited) or kept (source). */
export interface ImportMetadata {
  /** Data as of (ISO date); default: the latest date in the file. */
  asOf?: string;
  /** Last edited (ISO date); default: today in Berlin. */
  edited?: string;
  /** Default: the metric's current source text. */
  source?: string;
  /** Default false: imported figures are the county's own. */
  illustrative?: boolean;
}

export type ImportErrorCode = 'not_found' | 'payload_too_large' | 'validation_failed';

/** Why a file was refused; nothing was changed. `lines` names every bad line of the file. */
export class DashboardImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly lines: LineProblem[] = [],
    /** Metadata fields that were not valid, by name. */
    readonly fields: string[] = [],
  ) {
    super(message);
  }
}

/** A checked file with its statements: what an import writes, or a draft keeps until it is published. */
export interface CheckedFile {
  points: CsvPoint[];
  series: string[];
  asOf: string;
  /** Only when given: an import takes today, a draft the day it is published. */
  edited?: string;
  source: string;
  illustrative: boolean;
}

/**
 * Checks a metric's CSV file row by row, and its statements; throws a DashboardImportError naming
 * every bad line (or field) when anything is wrong. The import and the drafts both use it.
 */
export async function checkMetricCsv(
  service: DashboardService,
  id: string,
  body: Uint8Array | string,
  metadata: ImportMetadata = {},
): Promise<CheckedFile> {
  const shape = await service.shape(id);
  if (!shape) throw new DashboardImportError('not_found', `No dashboard metric "${id}".`);

  const bad: string[] = (['asOf', 'edited'] as const).filter(
    (f) => metadata[f] !== undefined && !isIsoDate(metadata[f]!),
  );
  const source = metadata.source?.trim();
  // The source is shown on every tile and in its CSV: one plain line (the CLI has no query schema).
  const plainLine = z.string().check(singleLineText());
  if (metadata.source !== undefined && (!source || source.length > 300 || !z.safeParse(plainLine, source).success))
    bad.push('source');
  if (bad.length > 0)
    throw new DashboardImportError(
      'validation_failed',
      `Not valid: ${bad.join(', ')} (dates as YYYY-MM-DD; source 1 to 300 characters on one line, without control characters).`,
      [],
      bad,
    );

  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (size > MAX_CSV_BYTES) throw tooLarge();
  let text: string;
  try {
    text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new DashboardImportError('validation_failed', 'The file is not UTF-8 text; save it as "CSV UTF-8".');
  }

  const result = readMetricCsv(text, shape);
  if (!result.ok)
    throw new DashboardImportError(
      result.reason === 'too_many_rows' ? 'payload_too_large' : 'validation_failed',
      result.message,
      result.lines,
    );

  return {
    points: result.points,
    series: result.series,
    asOf: metadata.asOf ?? result.latestDate,
    ...(metadata.edited !== undefined ? { edited: metadata.edited } : {}),
    source: source ?? shape.source,
    illustrative: metadata.illustrative ?? false,
  };
}

/**
 * Checks a metric's CSV file row by row and, only if every row is good, replaces the metric's
 * points in one transaction. The admin endpoint and `npm run dashboard:import` both use this.
 */
export async function importMetricCsv(
  service: DashboardService,
  id: string,
  body: Uint8Array | string,
  metadata: ImportMetadata = {},
  now: () => Date = () => new Date(),
  /** The audit entry of the API's import, written in its transaction. */
  onChange?: OnMetricChange,
): Promise<DashboardImportResult> {
  const checked = await checkMetricCsv(service, id, body, metadata);
  return service.replaceData(id, { ...checked, edited: checked.edited ?? zonedDate(now()) }, onChange);
}

const tooLarge = () =>
  new DashboardImportError('payload_too_large', `The file must not exceed ${MAX_CSV_BYTES} bytes (1 MB).`);
