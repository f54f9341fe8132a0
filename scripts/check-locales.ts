// Fails when a UI string is missing from a locale, left untranslated, or copied from German or
// English. Extracts the messages afresh with lit-localize into a temporary folder to compare; the
// widgets' configuration (seven languages) and the staff console's (German and English) alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Unit {
  source: string;
  target?: string;
}

function units(file: string): Map<string, Unit> {
  const xml = readFileSync(file, 'utf8');
  const result = new Map<string, Unit>();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2]!;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    result.set(match[1]!, { source, target });
  }
  return result;
}

const PLURAL = /\.(zero|one|two|few|many|other)$/;

/**
 * A count's texts are messages `<base>.<category>` (see packages/core/src/locale/plural.ts): each
 * language needs one for every category its plural rules use, or Arabic readers get "other" for
 * two things. `zero` may be left out: widgets show an empty state instead of "0 …".
 */
function missingPluralForms(locale: string, ids: string[]): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'zero');
  const bases = new Set(ids.filter((id) => id.endsWith('.other')).map((id) => id.replace(PLURAL, '')));
  return [...bases].flatMap((base) =>
    categories
      .filter((category) => !ids.includes(`${base}.${category}`))
      .map((category) => `${locale}: the count "${base}" has no "${category}" form (${base}.${category})`),
  );
}

const problems: string[] = [];
for (const configFile of ['lit-localize.json', 'lit-localize.admin.json']) checkConfig(configFile);

/** A glob, or an exclusion `!glob`, made absolute: the temporary configuration lives elsewhere. */
function absoluteGlob(glob: string): string {
  return glob.startsWith('!') ? `!${join(process.cwd(), glob.slice(1))}` : join(process.cwd(), glob);
}

function checkConfig(configFile: string): void {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const xliffDir: string = config.interchange.xliffDir;
  const temp = mkdtempSync(join(tmpdir(), 'locales-'));
  try {
    const tempConfig = join(temp, 'lit-localize.json');
    writeFileSync(
      tempConfig,
      JSON.stringify({
        ...config,
        inputFiles: config.inputFiles.map(absoluteGlob),
        interchange: { ...config.interchange, xliffDir: temp },
        output: { ...config.output, outputDir: join(temp, 'out'), localeCodesModule: join(temp, 'codes.ts') },
      }),
    );
    execFileSync('npx', ['lit-localize', 'extract', '--config', tempConfig], { stdio: 'pipe' });

    const english = units(join(xliffDir, 'en.xlf'));
    for (const locale of config.targetLocales as string[]) {
      const expected = units(join(temp, `${locale}.xlf`));
      const actual = units(join(xliffDir, `${locale}.xlf`));
      for (const [id, unit] of expected) {
        const have = actual.get(id);
        if (!have) problems.push(`${locale}: "${id}" is missing (run npm run locales:extract, then translate)`);
        else if (!have.target?.trim()) problems.push(`${locale}: "${id}" has no translation`);
        else if (have.source !== unit.source)
          problems.push(`${locale}: "${id}" was translated from an older German text`);
        // Very short words ("No", "OK") may be the same in two languages; longer texts may not.
        else if (have.target === unit.source && have.target.length > 3)
          problems.push(`${locale}: "${id}" is a copy of the German`);
        else if (locale !== 'en' && have.target === english.get(id)?.target && have.target.length > 3)
          problems.push(`${locale}: "${id}" is a copy of the English`);
      }
      for (const id of actual.keys()) if (!expected.has(id)) problems.push(`${locale}: "${id}" is no longer used`);
      problems.push(...missingPluralForms(locale, [...expected.keys()]));
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  console.error(`Translations are incomplete:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('All UI strings are translated in every locale.');
