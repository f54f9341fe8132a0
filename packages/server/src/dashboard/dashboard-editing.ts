import {
  type DashboardAdminList,
  type DashboardAdminMetric,
  type DashboardDraft,
  type DashboardImportResult,
  type DashboardMetric,
  type DashboardTextsUpdate,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { CsvPoint } from '@welcome-widgets/domain/dashboard';
import type { Kysely, Selectable } from 'kysely';
import type { Database, DashboardDraftTable, DashboardMetricTable } from '../storage/schema.js';
import type { CheckedFile } from './dashboard-import.js';
import type { DashboardService, OnMetricChange } from './dashboard-service.js';

/** Written in the change's transaction: the audit entry commits with the change or not at all. */
export type OnChange<T> = (trx: Kysely<Database>, before: T | undefined, after: T | undefined) => Promise<void>;

/**
 * What staff change of the figures (ADR 0018, "Figures in the console"): a metric's texts, and
 * drafts (a checked file kept until it is published or discarded). Publishing and text edits bump
 * the `dashboard` version like an import; a draft itself changes nothing public.
 */
export class DashboardEditing {
  constructor(private readonly service: DashboardService) {}

  private get db(): Kysely<Database> {
    return this.service.storage.db;
  }

  async list(): Promise<DashboardAdminList> {
    await this.service.ready();
    const [rows, labels, series, counts, drafts] = await Promise.all([
      this.db.selectFrom('dashboard_metrics').selectAll().orderBy('position').execute(),
      this.db.selectFrom('dashboard_series_labels').selectAll().execute(),
      this.db.selectFrom('dashboard_series').selectAll().orderBy('position').execute(),
      this.db
        .selectFrom('dashboard_points')
        .select(['metric_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('metric_id')
        .execute(),
      this.db.selectFrom('dashboard_drafts').selectAll().execute(),
    ]);
    return {
      metrics: rows.map((row) => {
        const draft = drafts.find((d) => d.metric_id === row.id);
        return {
          ...adminTexts(
            row,
            labels.filter((l) => l.metric_id === row.id),
          ),
          id: row.id,
          unit: row.unit,
          kind: row.kind,
          period: row.period,
          edited: row.edited,
          illustrative: row.illustrative === 1,
          series: series.filter((s) => s.metric_id === row.id).map((s) => s.series_key),
          rows: Number(counts.find((c) => c.metric_id === row.id)?.n ?? 0),
          ...(draft ? { draft: draftOf(draft) } : {}),
        };
      }),
    };
  }

  async metric(id: string): Promise<DashboardAdminMetric | undefined> {
    return (await this.list()).metrics.find((metric) => metric.id === id);
  }

  /** Replaces a metric's texts whole (checked by the caller); undefined when there is no such metric. */
  async updateTexts(
    id: string,
    texts: DashboardTextsUpdate,
    audit: OnChange<DashboardTextsUpdate>,
  ): Promise<DashboardAdminMetric | undefined> {
    await this.service.ready();
    const found = await this.service.changing(async (trx) => {
      const row = await trx.selectFrom('dashboard_metrics').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      const labels = await trx.selectFrom('dashboard_series_labels').selectAll().where('metric_id', '=', id).execute();
      const before = adminTexts(row, labels) as DashboardTextsUpdate;
      await trx
        .updateTable('dashboard_metrics')
        .set({
          source: texts.source,
          as_of: texts.asOf,
          titles: JSON.stringify(texts.title),
          descriptions: texts.description ? JSON.stringify(texts.description) : null,
          texts_seeded: 1,
        })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('dashboard_series_labels').where('metric_id', '=', id).execute();
      const rows = Object.entries(texts.seriesLabels).flatMap(([key, byLanguage]) =>
        Object.entries(byLanguage).map(([language, label]) => ({ metric_id: id, series_key: key, language, label })),
      );
      if (rows.length > 0) await trx.insertInto('dashboard_series_labels').values(rows).execute();
      await audit(trx, before, texts);
      return true;
    });
    return found ? this.metric(id) : undefined;
  }

  /** Keeps a checked file as the metric's draft, replacing an earlier one. */
  async saveDraft(
    id: string,
    file: CheckedFile,
    uploadedBy: string,
    now: Date,
    audit: OnChange<DashboardDraft>,
  ): Promise<DashboardDraft> {
    await this.service.ready();
    const row = {
      metric_id: id,
      as_of: file.asOf,
      edited: file.edited ?? null,
      source: file.source,
      illustrative: file.illustrative ? 1 : 0,
      series: JSON.stringify(file.series),
      points: JSON.stringify(file.points),
      row_count: file.points.length,
      uploaded_at: now.toISOString(),
      uploaded_by: uploadedBy,
    };
    await this.db.transaction().execute(async (trx) => {
      const earlier = await trx
        .selectFrom('dashboard_drafts')
        .selectAll()
        .where('metric_id', '=', id)
        .executeTakeFirst();
      await trx.deleteFrom('dashboard_drafts').where('metric_id', '=', id).execute();
      await trx.insertInto('dashboard_drafts').values(row).execute();
      await audit(trx, earlier ? draftOf(earlier) : undefined, draftOf(row));
    });
    return draftOf(row);
  }

  /**
   * The metric as the public endpoint will answer once the draft is published on `today`: the same
   * builder, with the draft's data and dates. Undefined without a metric or a draft.
   */
  async preview(id: string, language: SupportedLocale, today: string): Promise<DashboardMetric | undefined> {
    await this.service.ready();
    const [row, draft] = await Promise.all([
      this.db.selectFrom('dashboard_metrics').selectAll().where('id', '=', id).executeTakeFirst(),
      this.db.selectFrom('dashboard_drafts').selectAll().where('metric_id', '=', id).executeTakeFirst(),
    ]);
    if (!row || !draft) return undefined;
    const data = dataOf(draft, today);
    return this.service.answer(
      { ...row, as_of: data.asOf, edited: data.edited, source: data.source, illustrative: draft.illustrative },
      data.series,
      data.points,
      language,
    );
  }

  /** Publishes the draft: its data replaces the metric's, and it is served. Undefined without a draft. */
  async publish(id: string, today: string, onChange: OnMetricChange): Promise<DashboardImportResult | undefined> {
    await this.service.ready();
    return this.service
      .changing(async (trx) => {
        // Deleting it first claims it: of two clicks (or instances), the second finds no draft.
        const draft = await trx
          .deleteFrom('dashboard_drafts')
          .where('metric_id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!draft) throw new NoDraft();
        return this.service.writeData(trx, id, dataOf(draft, today), onChange);
      })
      .catch((error: unknown) => {
        if (error instanceof NoDraft) return undefined;
        throw error;
      });
  }

  /** Drops the draft; false when there was none. */
  async discard(id: string, audit: OnChange<DashboardDraft>): Promise<boolean> {
    await this.service.ready();
    return this.db.transaction().execute(async (trx) => {
      const draft = await trx
        .deleteFrom('dashboard_drafts')
        .where('metric_id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!draft) return false;
      await audit(trx, draftOf(draft), undefined);
      return true;
    });
  }
}

/** Rolls the publishing back (nothing written, the version not bumped) when there is no draft. */
class NoDraft extends Error {}

function draftOf(row: Selectable<DashboardDraftTable>): DashboardDraft {
  return {
    rows: row.row_count,
    series: JSON.parse(row.series) as string[],
    asOf: row.as_of,
    ...(row.edited ? { edited: row.edited } : {}),
    source: row.source,
    illustrative: row.illustrative === 1,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
  };
}

function dataOf(draft: Selectable<DashboardDraftTable>, today: string) {
  return {
    points: JSON.parse(draft.points) as CsvPoint[],
    series: JSON.parse(draft.series) as string[],
    asOf: draft.as_of,
    edited: draft.edited ?? today,
    source: draft.source,
    illustrative: draft.illustrative === 1,
  };
}

/** A metric's texts as stored: per-language JSON, and its group labels by key and language. */
function adminTexts(
  row: Selectable<DashboardMetricTable>,
  labels: { series_key: string; language: string; label: string }[],
): Pick<DashboardAdminMetric, 'source' | 'asOf' | 'title' | 'description' | 'seriesLabels'> {
  const seriesLabels: Record<string, Record<string, string>> = {};
  for (const { series_key: key, language, label } of labels) (seriesLabels[key] ??= {})[language] = label;
  return {
    source: row.source,
    asOf: row.as_of,
    title: JSON.parse(row.titles) as Record<string, string>,
    ...(row.descriptions ? { description: JSON.parse(row.descriptions) as Record<string, string> } : {}),
    seriesLabels,
  };
}
