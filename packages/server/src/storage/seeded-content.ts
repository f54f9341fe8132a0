import type { Kysely, Transaction } from 'kysely';
import type { ContentName, ContentVersions } from './content-versions.js';
import type { Storage } from './database.js';
import { lockTransaction, type LockKind } from './locks.js';
import type { Database } from './schema.js';

/**
 * Content that a file seeds into an empty database once and staff edit from then on (ADR 0018):
 * the FAQ, the appointments. Seeding and every edit run under the content's lock and bump its
 * content version in the same transaction, so no instance sees the version before the rows.
 * Readers get the content through a cache keyed by that version: an edit through one instance
 * reaches every instance at its next poll (2 s).
 */
export abstract class SeededContent<Stored, Content> {
  private cached: { version: number; content: Content } | undefined;
  private loading: { version: number; promise: Promise<Content> } | undefined;
  private seeded?: Promise<void>;

  protected constructor(
    protected readonly storage: Storage,
    private readonly versions: ContentVersions,
    private readonly names: { version: ContentName; lock: LockKind },
  ) {}

  /** The content as stored; throws while the database has none. */
  protected abstract read(db: Kysely<Database>): Promise<Stored>;
  /** What readers get of the stored content. */
  protected abstract build(stored: Stored): Content;
  protected abstract isSeeded(trx: Transaction<Database>): Promise<boolean>;
  protected abstract writeSeed(trx: Transaction<Database>): Promise<void>;
  /** Called once the seed this instance wrote is committed. */
  protected abstract seededNow(): void;

  get version(): number {
    return this.versions.version(this.names.version);
  }

  /** The content last read, if any: for checks that cannot wait. */
  protected get lastRead(): Content | undefined {
    return this.cached?.content;
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
  async current(): Promise<Content> {
    const version = this.version;
    if (this.cached?.version === version) return this.cached.content;
    if (this.loading?.version !== version) {
      const promise = this.read(this.storage.db).then(
        (stored) => {
          const content = this.build(stored);
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
   * Runs an edit under the content's lock: `change` gets the content as stored (read in the
   * transaction) and writes its rows; the version is bumped in the same transaction.
   */
  async edit<T>(change: (trx: Transaction<Database>, stored: Stored) => Promise<T>): Promise<T> {
    const { result, version } = await this.storage.db.transaction().execute(async (trx) => {
      await lockTransaction(trx, this.storage.engine, this.names.lock);
      const result = await change(trx, await this.read(trx));
      return { result, version: await this.versions.bump(trx, this.names.version) };
    });
    this.versions.seen(this.names.version, version);
    return result;
  }

  private async loadSeed(): Promise<void> {
    const version = await this.storage.db.transaction().execute(async (trx) => {
      // Two instances starting together: the second waits, then finds the rows.
      await lockTransaction(trx, this.storage.engine, this.names.lock);
      if (await this.isSeeded(trx)) return undefined;
      await this.writeSeed(trx);
      return this.versions.bump(trx, this.names.version);
    });
    if (version === undefined) return;
    this.versions.seen(this.names.version, version);
    this.seededNow();
  }
}
