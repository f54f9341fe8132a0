import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  FAQ_ID_MAX_LENGTH,
  FAQ_ID_PATTERN,
  FaqCategoryList,
  FaqSynonyms,
  FaqTextUpdate,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type FaqImportProblem,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { parseFrontMatter } from './front-matter.js';

/** One language's text of an entry as the editor wrote it (Markdown, no rendering). */
export interface FaqSourceText {
  title: string;
  body: string;
  /** ISO instant of the last save; a translation older than the German text is outdated. */
  updatedAt: string;
}

export interface FaqSourceEntry {
  id: string;
  category: string;
  weight: number | null;
  related: string[];
  /** German always; other languages when translated. */
  texts: Partial<Record<SupportedLocale, FaqSourceText>> & { de: FaqSourceText };
}

/** The FAQ as stored and as the folder holds it: what editors write, before rendering. */
export interface FaqSource {
  categories: { id: string; title: Record<SupportedLocale, string> }[];
  synonyms: string[][];
  /** By id. */
  entries: FaqSourceEntry[];
}

const EntryFields = z.object({
  question: z.string(),
  category: z.string(),
  /** The editor's order before anything is typed (lower first), as in Hugo's `weight`; German files only. */
  weight: z.coerce.number().int().min(0).max(1_000_000).optional(),
  related: z.string().default(''),
  reviewed: z.iso.date(),
  /** The exact instant of the last save (written by the export); `reviewed` at midnight UTC without it. */
  updated: z.iso.datetime({ offset: true }).optional(),
});

const FOLDER_FILE = /^([a-z]{2})\/([^/]+)\.md$/;

/** The folder's files by path relative to it (`de/visa.md`): only what belongs to the FAQ. */
export function readFaqFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of ['categories.json', 'synonyms.json']) {
    const path = join(dir, name);
    if (existsSync(path)) files.set(name, readFileSync(path, 'utf8'));
  }
  for (const language of SUPPORTED_LOCALES) {
    const folder = join(dir, language);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.md')))
      files.set(`${language}/${file}`, readFileSync(join(folder, file), 'utf8'));
  }
  return files;
}

/**
 * Checks a whole FAQ folder's files (`categories.json`, `synonyms.json`, `<language>/<id>.md`) as
 * the admin API checks each edit, and returns every problem by file, or the source. German is the
 * reference: every entry must exist in German; other languages may lack one. Hidden files (`.…`,
 * such as a Mac's `._visa.md`) are skipped; any other file is a problem.
 */
export function parseFaqFiles(files: ReadonlyMap<string, string>): {
  source?: FaqSource;
  problems: FaqImportProblem[];
} {
  const problems: FaqImportProblem[] = [];
  const problem = (file: string, message: string) => problems.push({ file, message });
  const readJson = <T>(name: string, schema: zm.ZodMiniType<T>): T | undefined => {
    const text = files.get(name);
    if (text === undefined) return void problem(name, 'missing');
    try {
      const parsed = zm.safeParse(schema, JSON.parse(text.replace(/^\uFEFF/, '')));
      if (parsed.success) return parsed.data;
      problem(name, parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
    } catch (error) {
      problem(name, error instanceof Error ? error.message : String(error));
    }
    return undefined;
  };
  const categoryFile = readJson('categories.json', FaqCategoryList);
  const synonymFile = readJson('synonyms.json', FaqSynonyms);
  const categoryIds = new Set(categoryFile?.categories.map((c) => c.id) ?? []);

  const entries = new Map<string, FaqSourceEntry>();
  const translations: { language: SupportedLocale; id: string; text: FaqSourceText }[] = [];
  for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (path === 'categories.json' || path === 'synonyms.json') continue;
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    const match = FOLDER_FILE.exec(path);
    if (!match || !isSupportedLocale(match[1])) {
      problem(path, 'not part of an FAQ folder: categories.json, synonyms.json, <language>/<id>.md');
      continue;
    }
    const language = match[1];
    const id = match[2]!;
    if (!FAQ_ID_PATTERN.test(id) || id.length > FAQ_ID_MAX_LENGTH) {
      problem(path, 'the file name must be the id: lower-case letters, digits, hyphens (at most 64)');
      continue;
    }
    const parsed = parseFrontMatter(content);
    const fields = parsed ? EntryFields.safeParse(parsed.fields) : undefined;
    if (!parsed || !fields?.success || !parsed.body) {
      problem(path, 'needs front matter with question, category, reviewed (and optional related), then the answer');
      continue;
    }
    const text = zm.safeParse(FaqTextUpdate, { title: fields.data.question, body: parsed.body });
    if (!text.success) {
      problem(
        path,
        text.error.issues
          .map((i) => `${i.path.join('.') === 'title' ? 'question' : 'answer'}: ${i.message}`)
          .join('; '),
      );
      continue;
    }
    if (!categoryIds.has(fields.data.category)) problem(path, `unknown category "${fields.data.category}"`);
    const sourceText: FaqSourceText = {
      title: text.data.title,
      body: text.data.body,
      updatedAt: new Date(fields.data.updated ?? `${fields.data.reviewed}T00:00:00.000Z`).toISOString(),
    };
    if (language === SOURCE_LOCALE) {
      entries.set(id, {
        id,
        category: fields.data.category,
        weight: fields.data.weight ?? null,
        related: fields.data.related
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
        texts: { de: sourceText },
      });
    } else translations.push({ language, id, text: sourceText });
  }
  if (entries.size === 0) problem(`${SOURCE_LOCALE}/`, 'no entries (German is the reference and must be complete)');
  for (const entry of entries.values())
    for (const related of entry.related)
      if (!entries.has(related)) problem(`de/${entry.id}.md`, `related entry "${related}" does not exist`);
  for (const { language, id, text } of translations) {
    const entry = entries.get(id);
    if (entry) entry.texts[language] = text;
    else problem(`${language}/${id}.md`, 'no German entry with this id');
  }
  if (problems.length > 0 || !categoryFile || !synonymFile) return { problems };
  return {
    problems,
    source: {
      categories: categoryFile.categories,
      synonyms: synonymFile.synonyms,
      entries: [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    },
  };
}

/** The FAQ as folder files, in the format `parseFaqFiles` reads: what the export writes. */
export function faqFiles(source: FaqSource): Map<string, string> {
  const files = new Map<string, string>();
  files.set('categories.json', `${JSON.stringify({ categories: source.categories }, null, 2)}\n`);
  files.set('synonyms.json', `${JSON.stringify({ synonyms: source.synonyms }, null, 2)}\n`);
  for (const language of SUPPORTED_LOCALES) {
    for (const entry of source.entries) {
      const text = entry.texts[language];
      if (!text) continue;
      // Translators change words, not structure: category and related are the German file's.
      const lines = [
        `question: ${text.title}`,
        `category: ${entry.category}`,
        ...(language === SOURCE_LOCALE && entry.weight !== null ? [`weight: ${entry.weight}`] : []),
        `related: ${entry.related.join(', ')}`,
        `reviewed: ${text.updatedAt.slice(0, 10)}`,
        `updated: ${text.updatedAt}`,
      ];
      files.set(`${language}/${entry.id}.md`, `---\n${lines.join('\n')}\n---\n\n${text.body}\n`);
    }
  }
  return files;
}
