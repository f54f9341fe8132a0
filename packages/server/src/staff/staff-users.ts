import type { StaffUser } from '@welcome-widgets/domain';
import type { StaffUserRow } from './staff-actor.js';

/** What the API shows of an account: never its hash or lock counters. */
export function toStaffUser(row: StaffUserRow): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    consultantId: row.consultant_id,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}
