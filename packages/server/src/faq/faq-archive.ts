import type { FaqImportProblem } from '@welcome-widgets/domain';
import { faqFiles, type FaqSource } from './faq-source.js';
import { readTar, writeTar } from './ustar.js';

/** The folder inside the archive: unpacking it anywhere makes one folder, not a dozen loose files. */
export const ARCHIVE_FOLDER = 'faq';

/**
 * The FAQ as a tar of its Markdown folder (`faq/categories.json`, `faq/de/visa.md`…). Files are in
 * a fixed order with their texts' save times, so the same content always gives the same bytes.
 */
export function faqArchive(source: FaqSource): Buffer {
  const encoder = new TextEncoder();
  const newest = source.entries
    .flatMap((entry) => Object.values(entry.texts).map((text) => text.updatedAt))
    .reduce((a, b) => (a > b ? a : b), '1970-01-01T00:00:00.000Z');
  const times = new Map(
    source.entries.flatMap((entry) =>
      Object.entries(entry.texts).map(
        ([language, text]) => [`${language}/${entry.id}.md` as string, text.updatedAt] as const,
      ),
    ),
  );
  return writeTar(
    [...faqFiles(source)].map(([path, text]) => ({
      path: `${ARCHIVE_FOLDER}/${path}`,
      content: encoder.encode(text),
      mtime: new Date(times.get(path) ?? newest),
    })),
  );
}

/**
 * The folder's files from an uploaded tar: at its top or inside one folder (whatever its name, so a
 * folder renamed before packing still imports). Files that are not UTF-8 text are problems.
 */
export function readFaqArchive(archive: Uint8Array): { files?: Map<string, string>; problems: FaqImportProblem[] } {
  const read = readTar(archive);
  if ('error' in read) return { problems: [{ file: '(archive)', message: read.error }] };
  // Hidden files (a Mac's `._visa.md`, `.DS_Store`) are not content.
  const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));
  const paths = [...read.files.keys()].filter((path) => !hidden(path));
  const top = paths[0]?.split('/')[0];
  const inOneFolder =
    !read.files.has('categories.json') && top !== undefined && paths.every((path) => path.startsWith(`${top}/`));
  const problems: FaqImportProblem[] = [];
  const files = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [path, content] of read.files) {
    if (hidden(path)) continue;
    const relative = inOneFolder && path.startsWith(`${top}/`) ? path.slice(top!.length + 1) : path;
    try {
      files.set(relative, decoder.decode(content));
    } catch {
      problems.push({ file: relative, message: 'not UTF-8 text' });
    }
  }
  return problems.length > 0 ? { problems } : { files, problems };
}
