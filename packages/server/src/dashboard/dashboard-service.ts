import {
  SOURCE_LOCALE,
  isCountryCode,
  type DashboardImportResult,
  type DashboardMetric,
  type DashboardMetricSummary,
  type DashboardMetricsResponse,
  type DashboardSeries,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Storage } from '../storage/database.js';
import type { ContentVersions } from '../storage/content-versions.js';
import { lockTransaction } from '../storage/locks.js';
import type { Database, DashboardMetricTable } from '../storage/schema.js';
import type { SeedMetric, CsvPoint, MetricShape } from '@welcome-widgets/domain/dashboard';

/** Rows per INSERT: 4 bound values each keeps a statement far below SQLite's variable limit. */
const INSERT_CHUNK = 500;

/** What an import changes of a metric, for the audit log: its dates, source, flag and row count. */
export interface MetricState {
  asOf: string;
  edited: string;
  source: string;
  illustrative: boolean;
  rows: number;
}

/** Runs in the import's transaction, after its writes: the audit entry commits with the change or not at all. */
export type OnMetricChange = (trx: Kysely<Database>, before: MetricState, after: MetricState) => Promise<void>;

export interface NewData {
  points: CsvPoint[];
  series: string[];
  asOf: string;
  edited: string;
  source: string;
  illustrative: boolean;
}

/** The dashboard's metrics in the database: seeded from the content folder, replaced by imports. */
export class DashboardService {
  private seeded?: Promise<void>;
  private readonly regionNames = new Map<SupportedLocale, Intl.DisplayNames>();

  constructor(
    readonly storage: Storage,
    private readonly seed: SeedMetric[],
    readonly versions: ContentVersions,
  ) {}

  /**
   * Inserts every metric of the content folder that the database does not have yet, with its seed
   * points and texts. For metrics already there only the order follows the content, and their texts
   * once (the first start after migration 0014): staff edit them from then on (ADR 0018). Their
   * data, dates and source stay as the last import left them.
   */
  ready(): Promise<void> {
    this.seeded ??= this.syncContent().catch((error: unknown) => {
      this.seeded = undefined;
      throw error;
    });
    return this.seeded;
  }

  /**
   * Changes with every import, through any instance or the command line (content-versions.ts), so
   * prebuilt answers show the new figures: at once here, within seconds elsewhere.
   */
  get contentVersion(): number {
    return this.versions.version('dashboard');
  }

  async list(language: SupportedLocale): Promise<DashboardMetricsResponse> {
    await this.ready();
    const rows = await this.storage.db.selectFrom('dashboard_metrics').selectAll().orderBy('position').execute();
    return { metrics: rows.map((row) => summary(row, language)) };
  }

  async metric(id: string, language: SupportedLocale): Promise<DashboardMetric | undefined> {
    await this.ready();
    const db = this.storage.db;
    const row = await db.selectFrom('dashboard_metrics').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const [series, points] = await Promise.all([
      db.selectFrom('dashboard_series').select('series_key').where('metric_id', '=', id).orderBy('position').execute(),
      db
        .selectFrom('dashboard_points')
        .select(['series_key', 'date', 'value'])
        .where('metric_id', '=', id)
        .orderBy('date')
        .execute(),
    ]);
    return this.answer(
      row,
      series.map((s) => s.series_key),
      points.map((p) => ({ series: p.series_key, date: p.date, value: p.value })),
      language,
    );
  }

  /**
   * One metric as the public endpoint answers it, from its row and a set of series and points: the
   * stored ones, or a draft's (the preview), so both are built by the same code.
   */
  async answer(
    row: Selectable<DashboardMetricTable>,
    seriesKeys: string[],
    points: CsvPoint[],
    language: SupportedLocale,
  ): Promise<DashboardMetric> {
    const labels = await this.storage.db
      .selectFrom('dashboard_series_labels')
      .select(['series_key', 'language', 'label'])
      .where('metric_id', '=', row.id)
      .where('language', 'in', [language, SOURCE_LOCALE])
      .execute();
    const labelOf = (key: string, lang: string) =>
      labels.find((l) => l.series_key === key && l.language === lang)?.label;
    const byKey = new Map<string, DashboardSeries>(
      seriesKeys.map((key) => [
        key,
        {
          key,
          label:
            labelOf(key, language) ??
            (isCountryCode(key) ? this.regionName(key, language) : undefined) ??
            labelOf(key, SOURCE_LOCALE) ??
            (key === 'total' ? localized(row.titles, language) : key),
          points: [],
        },
      ]),
    );
    const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const point of sorted) byKey.get(point.series)?.points.push({ date: point.date, value: point.value });
    return { ...summary(row, language), period: row.period, series: [...byKey.values()] };
  }

  /** Unit, kind and period of a metric, for checking a file before it replaces the data; undefined if unknown. */
  async shape(id: string): Promise<(MetricShape & { source: string }) | undefined> {
    await this.ready();
    return this.storage.db
      .selectFrom('dashboard_metrics')
      .select(['unit', 'kind', 'period', 'source'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Replaces a metric's series and points wholesale and sets its dates, in one transaction: all or nothing. */
  async replaceData(id: string, data: NewData, onChange?: OnMetricChange): Promise<DashboardImportResult> {
    await this.ready();
    return this.changing((trx) => this.writeData(trx, id, data, onChange));
  }

  /**
   * Runs `change` in a transaction that then bumps the `dashboard` version, so every instance
   * serves the change (at once here, within seconds elsewhere) and no instance sees the number first.
   */
  async changing<T>(change: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    const { result, version } = await this.storage.db.transaction().execute(async (trx) => {
      const result = await change(trx);
      return { result, version: await this.versions.bump(trx, 'dashboard') };
    });
    this.versions.seen('dashboard', version);
    return result;
  }

  /** The writes of an import or a draft's publishing, inside the caller's transaction. */
  async writeData(
    trx: Kysely<Database>,
    id: string,
    data: NewData,
    onChange?: OnMetricChange,
  ): Promise<DashboardImportResult> {
    const before = onChange ? await metricState(trx, id) : undefined;
    // The metric's row first: its lock queues a second import of the same metric (another
    // request, instance or the command line) until this one commits, and that one's deletes
    // then see these rows instead of colliding with them.
    const updated = await trx
      .updateTable('dashboard_metrics')
      .set({ as_of: data.asOf, edited: data.edited, source: data.source, illustrative: data.illustrative ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new Error(`dashboard metric ${id} vanished during the import`);
    await trx.deleteFrom('dashboard_points').where('metric_id', '=', id).execute();
    await trx.deleteFrom('dashboard_series').where('metric_id', '=', id).execute();
    await writePoints(trx, id, data.series, data.points);
    if (onChange && before) {
      const { asOf, edited, source, illustrative } = data;
      await onChange(trx, before, { asOf, edited, source, illustrative, rows: data.points.length });
    }
    return {
      id,
      rows: data.points.length,
      series: data.series,
      asOf: data.asOf,
      edited: data.edited,
      source: data.source,
      illustrative: data.illustrative,
    };
  }

  private async syncContent(): Promise<void> {
    await this.storage.db.transaction().execute(async (trx) => {
      // Two instances starting together would both rewrite the labels and collide on their key.
      await lockTransaction(trx, this.storage.engine, 'dashboard-seed');
      for (const [position, { definition: d, points, series }] of this.seed.entries()) {
        const titles = JSON.stringify(d.title);
        const descriptions = d.description ? JSON.stringify(d.description) : null;
        const labels = Object.entries(d.seriesLabels).flatMap(([key, texts]) =>
          Object.entries(texts).map(([language, label]) => ({ metric_id: d.id, series_key: key, language, label })),
        );
        const inserted = await trx
          .insertInto('dashboard_metrics')
          .values({
            id: d.id,
            position,
            unit: d.unit,
            kind: d.kind,
            period: d.period,
            source: d.source,
            as_of: d.asOf,
            edited: d.edited,
            illustrative: d.illustrative ? 1 : 0,
            titles,
            descriptions,
            texts_seeded: 1,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        const writeLabels = async () => {
          await trx.deleteFrom('dashboard_series_labels').where('metric_id', '=', d.id).execute();
          if (labels.length > 0) await trx.insertInto('dashboard_series_labels').values(labels).execute();
        };
        if (inserted.numInsertedOrUpdatedRows) {
          await writeLabels();
          await writePoints(trx, d.id, series, points);
          continue;
        }
        // An earlier start (or another instance) seeded it, perhaps the county imported since: keep
        // the data. The texts follow the file only until they have been seeded once (0014).
        await trx.updateTable('dashboard_metrics').set({ position }).where('id', '=', d.id).execute();
        const texts = await trx
          .updateTable('dashboard_metrics')
          .set({ titles, descriptions, texts_seeded: 1 })
          .where('id', '=', d.id)
          .where('texts_seeded', '=', 0)
          .executeTakeFirst();
        if (texts.numUpdatedRows > 0n) await writeLabels();
      }
    });
  }

  private regionName(code: string, language: SupportedLocale): string | undefined {
    let names = this.regionNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      this.regionNames.set(language, names);
    }
    return names.of(code);
  }
}

async function writePoints(db: Kysely<Database>, id: string, series: string[], points: CsvPoint[]): Promise<void> {
  if (series.length > 0)
    await db
      .insertInto('dashboard_series')
      .values(series.map((key, position) => ({ metric_id: id, series_key: key, position })))
      .execute();
  for (let start = 0; start < points.length; start += INSERT_CHUNK) {
    await db
      .insertInto('dashboard_points')
      .values(
        points
          .slice(start, start + INSERT_CHUNK)
          .map((p) => ({ metric_id: id, series_key: p.series, date: p.date, value: p.value })),
      )
      .execute();
  }
}

function summary(row: Selectable<DashboardMetricTable>, language: SupportedLocale): DashboardMetricSummary {
  const description = row.descriptions ? localized(row.descriptions, language) : undefined;
  return {
    id: row.id,
    title: localized(row.titles, language),
    ...(description ? { description } : {}),
    unit: row.unit,
    source: row.source,
    asOf: row.as_of,
    edited: row.edited,
    illustrative: row.illustrative === 1,
    kind: row.kind,
  };
}

/** The text in the language, else German (the source language every metric must have). */
function localized(json: string, language: SupportedLocale): string {
  const texts = JSON.parse(json) as Partial<Record<string, string>>;
  return texts[language] ?? texts[SOURCE_LOCALE] ?? '';
}

async function metricState(trx: Kysely<Database>, id: string): Promise<MetricState | undefined> {
  const row = await trx
    .selectFrom('dashboard_metrics')
    .select(['as_of', 'edited', 'source', 'illustrative'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const points = await trx
    .selectFrom('dashboard_points')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('metric_id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    asOf: row.as_of,
    edited: row.edited,
    source: row.source,
    illustrative: row.illustrative === 1,
    rows: Number(points.n),
  };
}
