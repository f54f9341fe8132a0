import { AppointmentContent } from '@welcome-widgets/domain/appointments';
import type { Kysely, Transaction } from 'kysely';
import type { Logger } from '../http/logger.js';
import type { ContentVersions } from '../storage/content-versions.js';
import type { Storage } from '../storage/database.js';
import { lockTransaction } from '../storage/locks.js';
import type { Database } from '../storage/schema.js';

/**
 * The appointments content in the database (ADR 0018, "Consultants' calendars"): the file named by
 * APPOINTMENTS_CONFIG seeds an empty database once; from then on staff edit it through the admin
 * API. Readers get it through a cache keyed by the `appointments` content version, so an edit
 * through one instance reaches every instance at its next poll (2 s).
 */
export class AppointmentContentStore {
  private cached: { version: number; content: AppointmentContent } | undefined;
  private loading: { version: number; promise: Promise<AppointmentContent> } | undefined;
  private seeded?: Promise<void>;

  constructor(
    private readonly storage: Storage,
    private readonly versions: ContentVersions,
    private readonly seed: AppointmentContent,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The last content read (the seed before the first read): for checks that cannot wait, such as account forms. */
  get latest(): AppointmentContent {
    return this.cached?.content ?? this.seed;
  }

  get version(): number {
    return this.versions.version('appointments');
  }

  /** Loads the seed into an empty database; never touches content that is already there. */
  ready(): Promise<void> {
    this.seeded ??= this.loadSeed()
      .then(() => this.current())
      .then(() => undefined)
      .catch((error: unknown) => {
        this.seeded = undefined;
        throw error;
      });
    return this.seeded;
  }

  /** The content as of the newest version this instance knows of. */
  async current(): Promise<AppointmentContent> {
    const version = this.version;
    if (this.cached?.version === version) return this.cached.content;
    if (this.loading?.version !== version) {
      const promise = readContent(this.storage.db).then(
        (content) => {
          // A slower read of an older version must not replace a newer one.
          if (!this.cached || this.cached.version <= version) this.cached = { version, content };
          return content;
        },
        (error: unknown) => {
          this.loading = undefined;
          throw error;
        },
      );
      this.loading = { version, promise };
    }
    return this.loading.promise;
  }

  /**
   * Runs an edit: `change` gets the content as stored (read in the transaction) and writes its
   * rows; the version is bumped in the same transaction, so no instance sees it before the rows.
   */
  async edit<T>(change: (trx: Transaction<Database>, content: AppointmentContent) => Promise<T>): Promise<T> {
    const { result, version } = await this.storage.db.transaction().execute(async (trx) => {
      await lockTransaction(trx, this.storage.engine, 'appointment-content');
      const content = await readContent(trx);
      const result = await change(trx, content);
      return { result, version: await this.versions.bump(trx, 'appointments') };
    });
    this.versions.seen('appointments', version);
    return result;
  }

  private async loadSeed(): Promise<void> {
    await this.storage.db.transaction().execute(async (trx) => {
      // Two instances starting together: the second waits, then finds the rows.
      await lockTransaction(trx, this.storage.engine, 'appointment-content');
      const present = await trx.selectFrom('appointment_settings').select('id').executeTakeFirst();
      if (present) return;
      await writeContent(trx, this.seed, this.now());
      this.logger.info('appointments content seeded from APPOINTMENTS_CONFIG', {
        consultants: this.seed.consultants.length,
        topics: this.seed.topics.length,
      });
    });
  }
}

/** The content as stored, checked as the file is: a hand edit in the database that breaks it fails loudly. */
export async function readContent(db: Kysely<Database>): Promise<AppointmentContent> {
  const settings = await db.selectFrom('appointment_settings').selectAll().executeTakeFirst();
  if (!settings) throw new Error('The appointments content has not been seeded');
  const consultants = await db.selectFrom('appointment_consultants').selectAll().orderBy('position').execute();
  const topics = await db.selectFrom('appointment_topics').selectAll().orderBy('position').execute();
  return AppointmentContent.parse({
    bufferMinutes: settings.buffer_minutes,
    horizon: { minHoursAhead: settings.min_hours_ahead, maxWeeksAhead: settings.max_weeks_ahead },
    closingDays: JSON.parse(settings.closing_days),
    consultants: consultants.map((row) => ({
      id: row.id,
      name: row.name,
      timeZone: row.time_zone,
      rules: JSON.parse(row.rules),
      absences: JSON.parse(row.absences),
    })),
    topics: topics.map((row) => ({
      id: row.id,
      title: JSON.parse(row.title),
      description: JSON.parse(row.description),
      durationMinutes: row.duration_minutes,
      languages: JSON.parse(row.languages),
      consultants: JSON.parse(row.consultants),
    })),
  });
}

/** Replaces every row with `content` (checked by the caller). */
export async function writeContent(trx: Kysely<Database>, content: AppointmentContent, now: Date): Promise<void> {
  await trx.deleteFrom('appointment_settings').execute();
  await trx.deleteFrom('appointment_consultants').execute();
  await trx.deleteFrom('appointment_topics').execute();
  await trx
    .insertInto('appointment_settings')
    .values({
      id: 'current',
      buffer_minutes: content.bufferMinutes,
      min_hours_ahead: content.horizon.minHoursAhead,
      max_weeks_ahead: content.horizon.maxWeeksAhead,
      closing_days: JSON.stringify(content.closingDays),
      updated_at: now.toISOString(),
    })
    .execute();
  await trx
    .insertInto('appointment_consultants')
    .values(
      content.consultants.map((c, position) => ({
        id: c.id,
        position,
        name: c.name,
        time_zone: c.timeZone,
        rules: JSON.stringify(c.rules),
        absences: JSON.stringify(c.absences),
      })),
    )
    .execute();
  await trx
    .insertInto('appointment_topics')
    .values(
      content.topics.map((t, position) => ({
        id: t.id,
        position,
        title: JSON.stringify(t.title),
        description: JSON.stringify(t.description),
        duration_minutes: t.durationMinutes,
        languages: JSON.stringify(t.languages),
        consultants: JSON.stringify(t.consultants),
      })),
    )
    .execute();
}
