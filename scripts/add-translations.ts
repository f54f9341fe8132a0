// Adds or replaces translations in locales/*.xlf from a JSON file, after extracting the current
// messages, so that several people (or helpers) adding strings at once never overwrite each
// other's XLIFF edits: the whole read-extract-write runs under a lock.
//
// Usage: node --import tsx scripts/add-translations.ts [--config lit-localize.admin.json] <file.json> [...]
// (--config: another lit-localize configuration, e.g. the staff console's German and English.)
// JSON: { "<message id>": { "en": "…", "uk": "…", "ru": "…", "ar": "…", "es": "…", "vi": "…" } }
// Placeholders are written {0}, {1}, … in the order of the German source's `${…}` expressions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = 'node_modules/.cache/add-translations.lock';
const args = process.argv.slice(2);
const configAt = args.indexOf('--config');
const configFile = configAt >= 0 ? args.splice(configAt, 2)[1]! : 'lit-localize.json';
const files = args;
if (files.length === 0) {
  console.error('Usage: add-translations.ts <translations.json> [...]');
  process.exit(2);
}

async function withLock(fn: () => void): Promise<void> {
  mkdirSync('node_modules/.cache', { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (attempt > 600) throw new Error(`${LOCK} is held for more than 5 minutes: remove it if no one is running`);
      await sleep(500);
    }
  }
  try {
    fn();
  } finally {
    rmdirSync(LOCK);
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The target with {n} replaced by the source's n-th placeholder element. */
function targetXml(source: string, text: string, id: string, locale: string): string {
  const placeholders = [...source.matchAll(/<x id="\d+" equiv-text="[^"]*"\/>/g)].map((m) => m[0]);
  return escapeXml(text).replace(/\{(\d+)\}/g, (_, n: string) => {
    const element = placeholders[Number(n)];
    if (!element) throw new Error(`${locale} ${id}: {${n}} has no placeholder in the German source`);
    return element;
  });
}

await withLock(() => {
  execFileSync('npx', ['lit-localize', 'extract', '--config', configFile], { stdio: 'pipe' });
  const wanted: Record<string, Record<string, string>> = Object.assign(
    {},
    ...files.map((file) => JSON.parse(readFileSync(file, 'utf8'))),
  );
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const locales = config.targetLocales as string[];
  const missing: string[] = [];
  for (const locale of locales) {
    const path = `${config.interchange.xliffDir}/${locale}.xlf`;
    let xml = readFileSync(path, 'utf8');
    for (const [id, byLocale] of Object.entries(wanted)) {
      const text = byLocale[locale];
      if (text === undefined) {
        missing.push(`${locale}: ${id}`);
        continue;
      }
      const unit = new RegExp(
        `(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
      );
      const match = unit.exec(xml);
      if (!match) {
        missing.push(`${locale}: ${id} is not in the sources (msg id typo, or not extracted)`);
        continue;
      }
      const target = targetXml(match[2]!, text, id, locale);
      xml = xml.replace(unit, (_all, head: string) => `${head}\n  <target>${target}</target>`);
    }
    writeFileSync(path, xml);
  }
  if (missing.length > 0) {
    console.error(`Not added:\n- ${missing.join('\n- ')}`);
    process.exitCode = 1;
  }
});
