import type { Kysely } from 'kysely';
import type { Logger } from '../http/logger.js';
import type { Storage } from './database.js';
import type { Database } from './schema.js';

/** Content that answers are built from and that changes while the server runs. */
export type ContentName = 'dashboard' | 'faq-feedback' | 'appointments' | 'faq';

const POLL_MS = 2_000;

/**
 * Version numbers of changing content, shared by every instance through the `content_versions`
 * table. A change bumps its number in the transaction that changes the data, so no instance sees
 * the number before the data; this instance takes the new number at once, the others at their
 * next poll (every 2 s). Answers built from the content (prebuilt-answer.ts, answer-replay.ts) are
 * keyed by these numbers, so an import through one instance is served by all within seconds.
 */
export class ContentVersions {
  private readonly versions = new Map<ContentName, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly logger: Logger,
    private readonly pollMs = POLL_MS,
  ) {}

  /** Reads the numbers, then keeps polling them until `close()`. */
  async start(): Promise<void> {
    await this.poll();
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  version(name: ContentName): number {
    return this.versions.get(name) ?? 0;
  }

  /** Inside the transaction that changes `name`'s data; hand the result to `seen` after the commit. */
  async bump(trx: Kysely<Database>, name: ContentName): Promise<number> {
    const row = await trx
      .updateTable('content_versions')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('name', '=', name)
      .returning('version')
      .executeTakeFirstOrThrow();
    return row.version;
  }

  /** Numbers only grow: a poll that read before a bump committed cannot take the new one back. */
  seen(name: ContentName, version: number): void {
    if (version > this.version(name)) this.versions.set(name, version);
  }

  private async poll(): Promise<void> {
    try {
      const rows = await this.storage.db.selectFrom('content_versions').select(['name', 'version']).execute();
      for (const row of rows) this.seen(row.name, row.version);
    } catch (error) {
      // The last numbers stay; answers are at worst as old as the 30-second recheck allows.
      this.logger.warn('content versions could not be read', { error: String(error) });
    }
  }
}
