import type { AuditEntry, AuditPage } from '@welcome-widgets/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { StaffActor } from './staff-actor.js';

const DAY_MS = 86_400_000;

export interface AuditRecord {
  /** `user.invite`, `user.update`, `faq.update`… */
  action: string;
  /** `user:12`, `metric:foreign-residents`… */
  target?: string;
  before?: unknown;
  after?: unknown;
}

/** The actor as the log names it: the account's id and address at the time, `api-token` or `cli`. */
export function auditActor(actor: StaffActor): { actorId: number | null; actor: string } {
  if (actor.kind === 'user') return { actorId: actor.user.id, actor: actor.user.email };
  return { actorId: null, actor: actor.kind === 'token' ? 'api-token' : 'cli' };
}

/**
 * Writes one entry. Pass the change's own transaction: the entry exists exactly when the change
 * does (a rolled-back change leaves no entry, a committed one always has its entry).
 */
export async function recordAudit(trx: Kysely<Database>, actor: StaffActor, now: Date, record: AuditRecord) {
  const who = auditActor(actor);
  await trx
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      actor_id: who.actorId,
      actor: who.actor,
      action: record.action,
      target: record.target ?? null,
      before: record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    })
    .execute();
}

/** Newest first, `limit` at a time, older than `before` (an id). */
export async function listAudit(
  db: Kysely<Database>,
  options: { before?: number; limit: number; action?: string },
): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  if (options.action !== undefined) query = query.where('action', '=', options.action);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  const entries: AuditEntry[] = page.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
  return { entries, nextBefore: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null };
}

/** Deletes entries older than the retention (AUDIT_RETENTION_DAYS); run by the hourly purge. */
export async function purgeAudit(db: Kysely<Database>, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const result = await db.deleteFrom('audit_log').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
