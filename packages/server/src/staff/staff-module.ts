import type { Config } from '../config.js';
import type { Logger } from '../http/logger.js';
import type { Mailer } from '../mail/mailer.js';
import type { Storage } from '../storage/database.js';
import { AccountsService } from './accounts-service.js';
import { purgeAudit } from './audit-log.js';
import { LoginService } from './login-service.js';
import { StaffSessions } from './sessions.js';
import { StaffAccess } from './staff-access.js';

export interface Staff {
  access: StaffAccess;
  sessions: StaffSessions;
  login: LoginService;
  accounts: AccountsService;
  /** The hourly purge's part: ended sessions, expired invitations, audit entries past AUDIT_RETENTION_DAYS. */
  purge(): Promise<{ sessions: number; invitations: number; audit: number }>;
}

/** Accounts, sessions and access for the console and the admin API, from the configuration (ADR 0018). */
export function createStaff(options: {
  config: Config;
  storage: Storage;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
  consultantIds: () => readonly string[];
}): Staff {
  const { config, storage, now } = options;
  const sessions = new StaffSessions(
    storage.db,
    {
      idleMs: config.staff.sessionIdleMinutes * 60_000,
      maxMs: config.staff.sessionMaxHours * 3_600_000,
      secure: new URL(config.publicUrl).protocol === 'https:',
    },
    now,
  );
  const access = new StaffAccess({
    sessions,
    adminToken: config.adminToken,
    tokenRole: config.staff.tokenRole,
    publicOrigin: new URL(config.publicUrl).origin,
  });
  const login = new LoginService(
    storage,
    sessions,
    { lockMinutes: config.staff.loginLockMinutes },
    options.logger,
    now,
  );
  const accounts = new AccountsService(
    storage,
    sessions,
    options.mailer,
    {
      publicUrl: config.publicUrl,
      publisher: config.newsletterPublisher,
      mailFrom: config.staff.mailFrom,
      consultantIds: options.consultantIds,
    },
    now,
  );
  return {
    access,
    sessions,
    login,
    accounts,
    async purge() {
      return {
        sessions: await sessions.purgeExpired(),
        invitations: await accounts.purgeExpiredInvitations(),
        audit: await purgeAudit(storage.db, now(), config.staff.auditRetentionDays),
      };
    },
  };
}
