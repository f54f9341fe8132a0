import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  FAQ_ID_PATTERN,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  textDirection,
  type FaqEntry,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod';
import { parseFrontMatter } from './front-matter.js';
import { isolateCitations } from './isolate-citations.js';
import { renderAnswer } from './render-answer.js';

/** The FAQ shipped with the server; a county points FAQ_CONTENT_DIR at its own folder. */
export const SHIPPED_FAQ_DIR = resolve(import.meta.dirname, '../../content/faq');

const Categories = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        id: z.string().regex(FAQ_ID_PATTERN),
        title: z.strictObject(
          Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, z.string().trim().min(1).max(120)])) as Record<
            SupportedLocale,
            z.ZodString
          >,
        ),
      }),
    )
    .min(1),
});

const Synonyms = z.strictObject({ synonyms: z.array(z.array(z.string().trim().min(1).max(80)).min(2)) });

const EntryFields = z.object({
  question: z.string().min(3).max(300),
  category: z.string(),
  /** The editor's order before anything is typed (lower first), as in Hugo's `weight`; German files only. */
  weight: z.coerce.number().int().min(0).max(1_000_000).optional(),
  related: z.string().default(''),
  reviewed: z.iso.date(),
});

export interface FaqContent {
  /**
   * Entries per language in the editor's order (see `editorsOrder`); a missing translation is the
   * German entry, marked as fallback.
   */
  entries: Record<SupportedLocale, FaqEntry[]>;
  categories: Record<SupportedLocale, { id: string; title: string }[]>;
  synonyms: string[][];
}

/**
 * Imports the FAQ folder: `categories.json`, `synonyms.json` and `<language>/<id>.md` per entry.
 * German is the reference: every entry must exist in German; other languages may lack one and
 * then show the German text, saying so. Any problem stops the start with the file named.
 */
export function loadFaqContent(dir: string): FaqContent {
  const problems: string[] = [];
  const readJson = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const path = join(dir, name);
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) return parsed.data;
      problems.push(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  };
  const categoryFile = readJson('categories.json', Categories);
  const synonymFile = readJson('synonyms.json', Synonyms);
  const categoryIds = new Set(categoryFile?.categories.map((c) => c.id) ?? []);

  const weights = new Map<string, number>();
  const read = (language: SupportedLocale): Map<string, FaqEntry> => {
    const folder = join(dir, language);
    const entries = new Map<string, FaqEntry>();
    if (!existsSync(folder)) return entries;
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()) {
      const id = file.slice(0, -3);
      const where = `${language}/${file}`;
      if (!FAQ_ID_PATTERN.test(id)) {
        problems.push(`${where}: the file name must be the id: lower-case letters, digits, hyphens`);
        continue;
      }
      const parsed = parseFrontMatter(readFileSync(join(folder, file), 'utf8'));
      const fields = parsed ? EntryFields.safeParse(parsed.fields) : undefined;
      if (!parsed || !fields?.success || !parsed.body) {
        problems.push(
          `${where}: needs front matter with question, category, reviewed (and optional related), then the answer`,
        );
        continue;
      }
      if (!categoryIds.has(fields.data.category)) problems.push(`${where}: unknown category "${fields.data.category}"`);
      if (language === SOURCE_LOCALE && fields.data.weight !== undefined) weights.set(id, fields.data.weight);
      const rtl = textDirection(language) === 'rtl';
      const answer = renderAnswer(rtl ? isolateCitations(parsed.body) : parsed.body);
      entries.set(id, {
        id,
        category: fields.data.category,
        question: rtl ? isolateCitations(fields.data.question) : fields.data.question,
        answerHtml: answer.html,
        answerText: answer.text,
        related: fields.data.related
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
        updated: fields.data.reviewed,
        language,
        fallback: false,
      });
    }
    return entries;
  };

  const german = sortMap(read(SOURCE_LOCALE), (a, b) =>
    editorsOrder(a, b, weights, categoryFile?.categories.map((c) => c.id) ?? []),
  );
  if (german.size === 0) problems.push(`${SOURCE_LOCALE}/: no entries (German is the reference and must be complete)`);
  for (const entry of german.values()) {
    for (const related of entry.related)
      if (!german.has(related)) problems.push(`de/${entry.id}.md: related entry "${related}" does not exist`);
  }
  const entries = {} as FaqContent['entries'];
  for (const language of SUPPORTED_LOCALES) {
    const own = language === SOURCE_LOCALE ? german : read(language);
    for (const id of own.keys())
      if (!german.has(id)) problems.push(`${language}/${id}.md: no German entry with this id`);
    entries[language] = [...german.values()].map((reference) => {
      const translated = own.get(reference.id);
      // Category and related entries are the German file's: translators change words, not structure.
      return translated
        ? { ...translated, category: reference.category, related: reference.related }
        : { ...reference, fallback: language !== SOURCE_LOCALE };
    });
  }
  if (problems.length > 0) throw new Error(`FAQ content in ${dir} is invalid:\n- ${problems.join('\n- ')}`);

  const categories = {} as FaqContent['categories'];
  for (const language of SUPPORTED_LOCALES) {
    categories[language] = categoryFile!.categories.map((c) => ({ id: c.id, title: c.title[language] }));
  }
  return { entries, categories, synonyms: synonymFile!.synonyms };
}

/**
 * The editor's order: entries with a `weight` first, lighter before heavier; then the others by
 * the order of their category in categories.json, then by question. Never by file name.
 */
function editorsOrder(a: FaqEntry, b: FaqEntry, weights: Map<string, number>, categories: string[]): number {
  const weight = (entry: FaqEntry) => weights.get(entry.id) ?? Number.POSITIVE_INFINITY;
  const category = (entry: FaqEntry) => categories.indexOf(entry.category);
  return weight(a) - weight(b) || category(a) - category(b) || a.question.localeCompare(b.question, SOURCE_LOCALE);
}

function sortMap<V>(map: Map<string, V>, compare: (a: V, b: V) => number): Map<string, V> {
  return new Map([...map].sort(([, a], [, b]) => compare(a, b)));
}
