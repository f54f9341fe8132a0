// Staff accounts from the command line, for the database named by DATABASE_URL (ADR 0018). The
// first admin is made here; admins then invite everyone else from the console.
//
//   npm run admin -- create-user --email <address> --name <name> --role admin|editor|consultant
//                    [--consultant <consultant-id>] [--password-stdin]
//
// The password is asked for on the terminal (twice, not shown), or read from standard input with
// --password-stdin (scripts). Exit codes: 0 created; 1 refused (the reason is printed: an invalid
// address or name, a weak password, an existing account); 2 wrong arguments or setup.
//
//   npm run admin -- faq-export <new folder>  |  faq-import <folder>     (faq/faq-cli.ts)
import { parseArgs } from 'node:util';
import { STAFF_ROLES, StaffEmail, StaffName, type StaffRole } from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import { loadAppointmentContent } from '../appointments/appointment-content.js';
import { loadConfig, type Config } from '../config.js';
import { HttpError } from '../http/api-error.js';
import { openStorage, type Storage } from '../storage/database.js';
import { AccountsService } from './accounts-service.js';
import { passwordProblem } from './password-rules.js';
import { readPassword } from './read-password.js';
import { StaffSessions } from './sessions.js';
import { commandLine, fail } from '../cli/command-line.js';

const USAGE =
  'Usage: npm run admin -- create-user --email <address> --name <name> --role admin|editor|consultant [--consultant <id>] [--password-stdin]\n       npm run admin -- faq-export <new folder> | faq-import <folder>';

const PASSWORD_PROBLEMS: Record<string, string> = {
  too_short: 'The password is too short: at least 12 characters.',
  too_long: 'The password is too long: at most 256 characters.',
  common_password: 'The password is on the list of common passwords: choose another.',
};

const args = commandLine(
  () =>
    parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        consultant: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  USAGE,
);
const [command, ...extra] = args.positionals;
if (command === 'faq-export' || command === 'faq-import') {
  const { runFaqCommand } = await import('../faq/faq-cli.js');
  process.exit(await runFaqCommand(command, extra));
}
if (command !== 'create-user' || extra.length > 0) fail(USAGE, 2);
const { email: rawEmail, name: rawName, role: rawRole, consultant } = args.values;
if (!rawEmail || !rawName || !rawRole) fail(`--email, --name and --role are required.\n${USAGE}`, 2);
if (!(STAFF_ROLES as readonly string[]).includes(rawRole)) fail(`--role must be one of ${STAFF_ROLES.join(', ')}.`, 2);
const role = rawRole as StaffRole;
if (role === 'consultant' && !consultant)
  fail('A consultant account needs --consultant <id> (a consultant of the appointments content).', 2);
if (role !== 'consultant' && consultant) fail('--consultant goes only with --role consultant.', 2);

const email = z.safeParse(StaffEmail, rawEmail);
if (!email.success) fail(`Not an e-mail address: ${rawEmail}`, 1);
const name = z.safeParse(StaffName, rawName);
if (!name.success) fail('The name must be one line of 1 to 100 characters.', 1);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}
const storage = await openStorage(config.databaseUrl, { poolSize: 1 });
let consultantIds: string[] = [];
if (consultant) {
  try {
    consultantIds = await knownConsultants(storage, config.appointmentsConfig);
  } catch (error) {
    await storage.close();
    fail(error instanceof Error ? error.message : String(error), 2);
  }
  if (!consultantIds.includes(consultant)) {
    await storage.close();
    fail(`No consultant "${consultant}" in the appointments content; known: ${consultantIds.join(', ')}.`, 1);
  }
}
let password: string;
try {
  password = await readPassword({ fromStdin: args.values['password-stdin'] ?? false });
} catch (error) {
  await storage.close();
  fail(error instanceof Error ? error.message : String(error), 2);
}
const problem = passwordProblem(password);
if (problem) {
  await storage.close();
  fail(PASSWORD_PROBLEMS[problem] ?? 'The password is not allowed.', 1);
}
let exitCode = 0;
try {
  const now = () => new Date();
  const sessions = new StaffSessions(storage.db, { idleMs: 0, maxMs: 0, secure: false }, now);
  const noMail = { send: () => Promise.reject(new Error('The command line sends no mail.')), poke() {} };
  const accounts = new AccountsService(
    storage,
    sessions,
    noMail,
    {
      publicUrl: config.publicUrl,
      publisher: config.newsletterPublisher,
      mailFrom: '',
      consultantIds: () => consultantIds,
    },
    now,
  );
  const user = await accounts.create(
    { email: email.data, name: name.data, role, consultantId: consultant ?? null },
    password,
    { kind: 'cli' },
  );
  process.stdout.write(`Created ${user.role} ${user.email} (id ${user.id}). Sign in at ${config.publicUrl}/admin/\n`);
} catch (error) {
  if (!(error instanceof HttpError)) throw error;
  exitCode = 1;
  process.stderr.write(
    `${error.code === 'conflict' ? `An account for ${email.data} exists already.` : error.message}\n`,
  );
} finally {
  await storage.close();
}
process.exitCode = exitCode;

/**
 * The consultants a consultant account may name: those in the database, which staff edit in the
 * console; the file only until the server's first start has seeded an empty database with it.
 */
async function knownConsultants(storage: Storage, file: string): Promise<string[]> {
  const seeded = await storage.db.selectFrom('appointment_settings').select('id').executeTakeFirst();
  if (!seeded) return loadAppointmentContent(file).consultants.map((c) => c.id);
  const rows = await storage.db.selectFrom('appointment_consultants').select('id').orderBy('position').execute();
  return rows.map((row) => row.id);
}
