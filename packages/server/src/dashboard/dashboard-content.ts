import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MetricDefinitions, readSeedMetric, type SeedMetric } from '@welcome-widgets/domain/dashboard';

/** The metric definitions and seed data shipped with the server; a county points DASHBOARD_CONTENT_DIR at its own. */
export const SHIPPED_DASHBOARD_DIR = resolve(import.meta.dirname, '../../content/dashboard');

/**
 * Reads `metrics.json` (definitions with titles, descriptions and group labels in every
 * language) and one `<id>.csv` per metric (`date,series,value`) with the same checks as an
 * import. Any problem stops the start, naming the file and the lines.
 */
export function loadDashboardContent(dir: string): SeedMetric[] {
  const file = join(dir, 'metrics.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Dashboard content: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = MetricDefinitions.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Dashboard content: ${file}: ${problems}`);
  }
  return parsed.data.metrics.map((definition) => {
    const csvFile = join(dir, `${definition.id}.csv`);
    let text: string;
    try {
      text = readFileSync(csvFile, 'utf8');
    } catch {
      throw new Error(`Dashboard content: ${csvFile} is missing (one CSV per metric in metrics.json).`);
    }
    return readSeedMetric(definition, text, csvFile);
  });
}
