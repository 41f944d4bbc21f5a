/**
 * Staff users and their API tokens (stored only as hashes).
 */
import type { Role } from '../../domain/policy.js';
import type { StaffListing, StaffUser } from '../../domain/staff.js';

export type { StaffListing };

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
): Promise<(StaffUser & { passwordHash: string | null; disabledAt: string | null }) | null> {
  const row = await db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
  return row
    ? {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role as Role,
        passwordHash: row.password_hash,
        disabledAt: row.disabled_at,
      }
    : null;
}

function listingOf(row: {
  id: string;
  email: string;
  name: string;
  role: string;
  created_at: string;
  disabled_at: string | null;
}): StaffListing {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

const LISTING_COLUMNS = ['id', 'email', 'name', 'role', 'created_at', 'disabled_at'] as const;

/** Every staff user, by name. */
export async function listStaff(db: Db): Promise<StaffListing[]> {
  const rows = await db
    .selectFrom('staff_users')
    .select(LISTING_COLUMNS)
    .orderBy('name')
    .orderBy('email')
    .execute();
  return rows.map(listingOf);
}

export async function findStaffById(db: Db, id: string): Promise<StaffListing | null> {
  const row = await db
    .selectFrom('staff_users')
    .select(LISTING_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? listingOf(row) : null;
}

/** Changes name, role, switched-off state or password hash of a staff user. */
export async function updateStaffUser(
  db: Db,
  id: string,
  changes: { name?: string; role?: Role; disabledAt?: string | null; passwordHash?: string },
): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.disabledAt === undefined ? {} : { disabled_at: changes.disabledAt }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
    })
    .where('id', '=', id)
    .execute();
}

/** How many admins can still log in: the last one may not be demoted or switched off. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('staff_users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
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
    .where('staff_users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, name: row.name, role: row.role as Role } : null;
}

/** An API token as operators see it: never the token itself, only what identifies it. */
export interface ApiTokenListing {
  id: string;
  label: string;
  email: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Every API token (of one staff user when `email` is given), oldest first. */
export async function listApiTokens(db: Db, email?: string): Promise<ApiTokenListing[]> {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('staff_users', 'staff_users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.label',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'staff_users.email',
      'staff_users.role',
    ])
    .orderBy('api_tokens.created_at')
    .orderBy('api_tokens.id');
  if (email !== undefined) query = query.where('staff_users.email', '=', email);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    email: row.email,
    role: row.role as Role,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  }));
}

/** Deletes an API token; answers whether there was one with that id. */
export async function deleteApiToken(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
