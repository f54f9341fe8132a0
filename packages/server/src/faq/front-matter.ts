/**
 * Reads a Markdown file with a simple front matter block of `key: value` lines between `---`
 * lines, as editors write it. Values are plain strings; no YAML features are needed or allowed.
 */
export function parseFrontMatter(source: string): { fields: Record<string, string>; body: string } | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const fields: Record<string, string> = Object.create(null);
  for (const line of match[1]!.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { fields, body: match[2]!.trim() };
}
