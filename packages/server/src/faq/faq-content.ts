import { resolve } from 'node:path';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  textDirection,
  type FaqEntry,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { parseFaqFiles, readFaqFolder, type FaqSource } from './faq-source.js';
import { isolateCitations } from './isolate-citations.js';
import { renderAnswer } from './render-answer.js';

/** The FAQ shipped with the server; a county points FAQ_CONTENT_DIR at its own folder. */
export const SHIPPED_FAQ_DIR = resolve(import.meta.dirname, '../../content/faq');

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
 * Reads and checks the FAQ folder: `categories.json`, `synonyms.json` and `<language>/<id>.md` per
 * entry (faq-source.ts). Any problem stops the start with the file named.
 */
export function loadFaqSource(dir: string): FaqSource {
  const { source, problems } = parseFaqFiles(readFaqFolder(dir));
  if (!source)
    throw new Error(
      `FAQ content in ${dir} is invalid:\n- ${problems.map((p) => `${p.file}: ${p.message}`).join('\n- ')}`,
    );
  return source;
}

/** The folder, rendered as the public API serves it. */
export function loadFaqContent(dir: string): FaqContent {
  return buildFaqContent(loadFaqSource(dir));
}

/**
 * Renders the FAQ for the public API: Markdown through the sanitiser, legal citations isolated in
 * right-to-left languages; a missing translation is the German entry (`fallback`); a translation
 * saved before the German text's last change is `outdated`.
 */
export function buildFaqContent(source: FaqSource): FaqContent {
  const categoryOrder = source.categories.map((c) => c.id);
  const weights = new Map(source.entries.flatMap((e) => (e.weight === null ? [] : [[e.id, e.weight] as const])));
  const entries = {} as FaqContent['entries'];
  // A missing translation shows the German answer: rendered once, not once per language.
  const rendered = new Map<string, ReturnType<typeof renderAnswer>>();
  const render = (markdown: string) => {
    let answer = rendered.get(markdown);
    if (!answer) rendered.set(markdown, (answer = renderAnswer(markdown)));
    return answer;
  };
  for (const language of SUPPORTED_LOCALES) {
    const rtl = textDirection(language) === 'rtl';
    entries[language] = source.entries
      .map((entry): FaqEntry => {
        const german = entry.texts.de;
        const own = entry.texts[language];
        const text = own ?? german;
        const answer = render(rtl && own ? isolateCitations(text.body) : text.body);
        return {
          id: entry.id,
          category: entry.category,
          question: rtl && own ? isolateCitations(text.title) : text.title,
          answerHtml: answer.html,
          answerText: answer.text,
          related: entry.related,
          updated: text.updatedAt.slice(0, 10),
          language: own ? language : SOURCE_LOCALE,
          fallback: !own,
          outdated: own !== undefined && language !== SOURCE_LOCALE && own.updatedAt < german.updatedAt,
        };
      })
      .sort((a, b) => editorsOrder(a, b, weights, categoryOrder));
  }
  // The order is the German one in every language: sorting by each language's question would
  // give every language its own order.
  const position = new Map(entries[SOURCE_LOCALE].map((entry, index) => [entry.id, index]));
  for (const language of SUPPORTED_LOCALES) entries[language].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const categories = {} as FaqContent['categories'];
  for (const language of SUPPORTED_LOCALES)
    categories[language] = source.categories.map((c) => ({ id: c.id, title: c.title[language] }));
  return { entries, categories, synonyms: source.synonyms };
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
