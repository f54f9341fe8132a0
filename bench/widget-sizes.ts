// Measures what a visitor downloads per widget: the autoloader, the widget's chunk with every
// chunk it imports statically (core: lit, zod/mini, ky), and the widget's own strings in one
// language (a chunk per widget package and language). Run: npm run bench:sizes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist/widgets';
execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { stdio: 'inherit' });

const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** A chunk and everything it imports statically (dynamic imports load later, on demand). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, path] of read(file).matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) {
    closure(dir + path, seen);
  }
  return seen;
}

const entry = 'welcome-widgets.js';
const tags = [...read(entry).matchAll(/"(welcome-[a-z-]+)":\(\)=>import\(["'`]\.\/([^"'`]+)["'`]\)/g)];

/** The language chunks a widget loads on demand: its own strings, one chunk per language. */
function languageChunks(files: string[]): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of files) {
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of read(file).matchAll(/import\(["'`]\.\/((en|uk|ru|ar|es|vi)-[^"'`]+\.js)["'`]\)/g)) {
      const [, path, language] = match;
      sizes[language!] = (sizes[language!] ?? 0) + gz(dir + path);
    }
  }
  return sizes;
}

interface WidgetSizes {
  widgetWithCore: number;
  germanTotal: number;
  arabicTotal: number;
  languages: Record<string, number>;
}

const widgets: Record<string, WidgetSizes> = Object.fromEntries(
  tags.map(([, tag, chunk]) => {
    const files = [...closure(chunk!)];
    const withCore = files.reduce((sum, f) => sum + gz(f), 0);
    const languages = languageChunks(files);
    return [
      tag,
      {
        widgetWithCore: withCore,
        germanTotal: gz(entry) + withCore,
        arabicTotal: gz(entry) + withCore + (languages.ar ?? 0),
        languages,
      },
    ];
  }),
);

/** German total per widget; the quickcheck carries its rules and country list, the picker @floating-ui/dom and its calendar, the FAQ MiniSearch, the dashboard floating-ui and its charts. */
const BUDGETS: Record<string, number> = {
  'welcome-newsletter-signup': 35_000,
  'welcome-quickcheck': 45_000,
  'welcome-appointment-picker': 45_000,
  'welcome-faq-search': 40_000,
  'welcome-dashboard': 40_000,
  'welcome-dashboard-tile': 40_000,
};
const DEFAULT_BUDGET = 35_000;
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  gzipBytes: { autoloader: gz(entry), widgets },
  budgetBytes: { germanTotal: BUDGETS, otherWidgets: DEFAULT_BUDGET },
};
writeFileSync('bench/results/widget-sizes.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result.gzipBytes, null, 2));
for (const [tag, sizes] of Object.entries(widgets)) {
  const budget = BUDGETS[tag] ?? DEFAULT_BUDGET;
  if (sizes.germanTotal > budget) {
    console.error(`${tag} over budget: ${sizes.germanTotal} > ${budget} bytes gzip`);
    process.exitCode = 1;
  }
}
