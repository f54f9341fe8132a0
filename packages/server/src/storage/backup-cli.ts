// Backs up the SQLite database named by DATABASE_URL to a new file while the server runs:
//
//   npm run backup -- <target.db>
//
// Restore (README, Production): stop the server, put the backup in the database's place (remove
// the old file's -wal and -shm files with it), start the server; it migrates the copy if needed.
// Exit codes: 0 backed up and checked; 1 the copy failed; 2 wrong arguments or setup.
import { loadConfig } from '../config.js';
import { BackupError, backupSqlite } from './sqlite-backup.js';

const [target, ...rest] = process.argv.slice(2);
if (!target || rest.length > 0 || target.startsWith('-')) {
  process.stderr.write('Usage: npm run backup -- <target.db>\n');
  process.exit(2);
}
let databaseUrl: string;
try {
  ({ databaseUrl } = loadConfig());
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
try {
  const { file, pages } = await backupSqlite(databaseUrl, target);
  process.stdout.write(`Backed up ${pages} pages to ${file}; integrity check ok.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof BackupError ? 2 : 1);
}
