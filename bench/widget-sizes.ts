// Measures what a visitor downloads for the newsletter widget: the autoloader, the widget with
// core (lit, zod/mini, ky), and one language. Run: npm run bench (after npm run build).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist/widgets';
execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
const localeChunks = chunks.filter((f) => /^(en|uk|ru|ar|es|vi)-/.test(f));
const widgetChunks = chunks.filter((f) => !localeChunks.includes(f));

const entry = gz('welcome-widgets.js');
const widget = widgetChunks.reduce((sum, f) => sum + gz(join('chunks', f)), 0);
const perLocale = Object.fromEntries(localeChunks.map((f) => [f.slice(0, 2), gz(join('chunks', f))]));
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  gzipBytes: {
    autoloader: entry,
    newsletterWidgetWithCore: widget,
    germanTotal: entry + widget,
    perLocale,
    arabicTotal: entry + widget + (perLocale.ar ?? 0),
  },
  budgetBytes: { germanTotal: 35_000 },
};
writeFileSync('bench/results/widget-sizes.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result.gzipBytes, null, 2));
if (result.gzipBytes.germanTotal > result.budgetBytes.germanTotal) {
  console.error(`Over budget: ${result.gzipBytes.germanTotal} > ${result.budgetBytes.germanTotal} bytes gzip`);
  process.exitCode = 1;
}
