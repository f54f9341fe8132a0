// Imports a metric's data from a CSV file into the database named by DATABASE_URL, with the
// same checks as PUT /api/v1/admin/dashboard/metrics/{id}/data: one bad row and nothing changes.
//
//   npm run dashboard:import -- <metric-id> <file.csv> [--as-of=YYYY-MM-DD] [--edited=YYYY-MM-DD]
//                               [--source="…"] [--illustrative]
//
// Exit codes: 0 imported; 1 refused (the problems are listed by line); 2 wrong arguments or setup.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../http/logger.js';
import { ContentVersions } from '../storage/content-versions.js';
import { openStorage } from '../storage/database.js';
import { loadDashboardContent } from './dashboard-content.js';
import { DashboardImportError, MAX_CSV_BYTES, importMetricCsv, type ImportMetadata } from './dashboard-import.js';
import { DashboardService } from './dashboard-service.js';
import { commandLine, fail } from '../cli/command-line.js';

const USAGE =
  'Usage: npm run dashboard:import -- <metric-id> <file.csv> [--as-of=YYYY-MM-DD] [--edited=YYYY-MM-DD] [--source=TEXT] [--illustrative]';

const args = commandLine(
  () =>
    parseArgs({
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        edited: { type: 'string' },
        source: { type: 'string' },
        illustrative: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  USAGE,
);
const [id, file, ...extra] = args.positionals;
if (!id || !file || extra.length > 0) fail(USAGE, 2);

let body: Buffer;
try {
  // Refuse a huge file before reading it into memory; the import checks the size again.
  if (statSync(file).size > MAX_CSV_BYTES) fail(`${file}: larger than ${MAX_CSV_BYTES} bytes (1 MB).`, 1);
  body = readFileSync(file);
} catch (error) {
  fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
}

const metadata: ImportMetadata = {
  ...(args.values['as-of'] !== undefined ? { asOf: args.values['as-of'] } : {}),
  ...(args.values.edited !== undefined ? { edited: args.values.edited } : {}),
  ...(args.values.source !== undefined ? { source: args.values.source } : {}),
  illustrative: args.values.illustrative ?? false,
};

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}
const storage = await openStorage(config.databaseUrl, { poolSize: config.databasePoolSize });
let exitCode = 0;
try {
  // A fresh database gets the shipped metrics first, so there is something to import into.
  // Its version bump tells running servers (content_versions) to serve the new figures; no polling here.
  const versions = new ContentVersions(
    storage,
    createLogger('warn', (line) => process.stderr.write(line)),
  );
  const service = new DashboardService(storage, loadDashboardContent(config.dashboardContentDir), versions);
  const result = await importMetricCsv(service, id, body, metadata);
  process.stdout.write(
    `Imported ${result.rows} rows into ${result.id} (series: ${result.series.join(', ')}; ` +
      `as of ${result.asOf}, edited ${result.edited}${result.illustrative ? ', illustrative' : ''}).\n`,
  );
} catch (error) {
  if (!(error instanceof DashboardImportError)) throw error;
  exitCode = 1;
  const lines = error.lines.map((l) => `  line ${l.line}: ${l.message}`).join('\n');
  process.stderr.write(`${file}: ${error.message}\n${lines ? `${lines}\n` : ''}`);
} finally {
  await storage.close();
}
process.exitCode = exitCode;
