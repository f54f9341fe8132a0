import { AppointmentContent } from '@welcome-widgets/domain/appointments';
import type { Kysely, Transaction } from 'kysely';
import type { Logger } from '../http/logger.js';
import type { ContentVersions } from '../storage/content-versions.js';
import type { Storage } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { SeededContent } from '../storage/seeded-content.js';

/**
 * The appointments content in the database (ADR 0018, "Consultants' calendars"): the file named by
 * APPOINTMENTS_CONFIG seeds an empty database once; from then on staff edit it through the admin
 * API.
 */
export class AppointmentContentStore extends SeededContent<AppointmentContent, AppointmentContent> {
  constructor(
    storage: Storage,
    versions: ContentVersions,
    private readonly seed: AppointmentContent,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(storage, versions, { version: 'appointments', lock: 'appointment-content' });
  }

  /** The last content read (the seed before the first read): for checks that cannot wait, such as account forms. */
  get latest(): AppointmentContent {
    return this.lastRead ?? this.seed;
  }

  protected read(db: Kysely<Database>): Promise<AppointmentContent> {
    return readContent(db);
  }

  protected build(content: AppointmentContent): AppointmentContent {
    return content;
  }

  protected async isSeeded(trx: Transaction<Database>): Promise<boolean> {
    return (await trx.selectFrom('appointment_settings').select('id').executeTakeFirst()) !== undefined;
  }

  protected writeSeed(trx: Transaction<Database>): Promise<void> {
    return writeContent(trx, this.seed, this.now());
  }

  protected seededNow(): void {
    this.logger.info('appointments content seeded from APPOINTMENTS_CONFIG', {
      consultants: this.seed.consultants.length,
      topics: this.seed.topics.length,
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
