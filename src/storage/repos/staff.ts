/**
 * Staff users and their API tokens (stored only as hashes).
 */
import type { Role } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Db } from '../db.js';

export async function insertStaffUser(
  db: Db,
  user: StaffUser & { passwordHash: string | null; createdAt: string },
): Promise<void> {
  await db
    .insertInto('staff_users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
    })
    .execute();
}

export async function findStaffByEmail(
  db: Db,
  email: string,
): Promise<(StaffUser & { passwordHash: string | null }) | null> {
  const row = await db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
  return row
    ? {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role as Role,
        passwordHash: row.password_hash,
      }
    : null;
}

export async function insertApiToken(
  db: Db,
  token: { id: string; userId: string; label: string; tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      label: token.label,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      last_used_at: null,
    })
    .execute();
}

/** The staff user a token hash belongs to, or null. */
export async function findStaffByTokenHash(db: Db, tokenHash: string): Promise<StaffUser | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('staff_users', 'staff_users.id', 'api_tokens.user_id')
    .select(['staff_users.id', 'staff_users.email', 'staff_users.name', 'staff_users.role'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, name: row.name, role: row.role as Role } : null;
}
