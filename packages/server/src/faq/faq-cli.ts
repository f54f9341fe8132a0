import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { createLogger } from '../http/logger.js';
import { recordAudit } from '../staff/audit-log.js';
import { ContentVersions } from '../storage/content-versions.js';
import { openStorage } from '../storage/database.js';
import { importFaq } from './faq-import.js';
import { faqFiles, parseFaqFiles, readFaqFolder, type FaqSource } from './faq-source.js';
import { FaqContentStore, readFaqSource } from './faq-store.js';

export const FAQ_USAGE = 'npm run admin -- faq-export <new folder> | faq-import <folder>';

/**
 * The FAQ in the database named by DATABASE_URL, as a Markdown folder (the format of
 * FAQ_CONTENT_DIR and of the console's tar): `faq-export` writes it into a new or empty folder,
 * `faq-import` replaces the FAQ with a folder's content in one transaction (audited as `cli`), or
 * lists every problem by file and changes nothing. Running servers serve it within seconds.
 * Exit codes: 0 done; 1 refused (problems, a folder not empty); 2 wrong arguments or setup.
 */
export async function runFaqCommand(command: 'faq-export' | 'faq-import', args: string[]): Promise<number> {
  if (args.length !== 1) return failed(`Usage: ${FAQ_USAGE}`, 2);
  const dir = resolve(args[0]!);
  let source: FaqSource | undefined;
  if (command === 'faq-export') {
    if (existsSync(dir) && readdirSync(dir).length > 0) return failed(`${dir} is not empty; name a new folder.`, 1);
  } else {
    if (!existsSync(dir)) return failed(`No folder ${dir}.`, 2);
    const parsed = parseFaqFiles(readFaqFolder(dir));
    if (!parsed.source) return failed(parsed.problems.map((p) => `${p.file}: ${p.message}`).join('\n'), 1);
    source = parsed.source;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error), 2);
  }
  const storage = await openStorage(config.databaseUrl, { poolSize: 1 });
  try {
    const seeded = await storage.db.selectFrom('faq_synonyms').select('id').executeTakeFirst();
    if (!seeded) return failed('The database has no FAQ yet: start the server once (it loads FAQ_CONTENT_DIR).', 2);
    if (!source) {
      const written = faqFiles(await readFaqSource(storage.db));
      for (const [path, text] of written) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      process.stdout.write(`Wrote ${written.size} files to ${dir}\n`);
      return 0;
    }
    const logger = createLogger('silent');
    const store = new FaqContentStore(storage, new ContentVersions(storage, logger), source, logger);
    const result = await importFaq(store, source, (trx, audit) => recordAudit(trx, { kind: 'cli' }, new Date(), audit));
    process.stdout.write(
      `Imported ${result.entries} entries, ${result.translations} translations, ${result.categories} categories, ${result.synonymGroups} synonym groups.\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}

function failed(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}
