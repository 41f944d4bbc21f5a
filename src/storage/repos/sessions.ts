/**
 * Newsroom sessions: stored by the hash of the cookie's token, never the token itself.
 */
import type { Role } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Db } from '../db.js';

export interface StoredSession {
  idHash: string;
  user: StaffUser;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function insertSession(
  db: Db,
  session: { idHash: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('staff_sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session with this hash and its user, unless the user was switched off. */
export async function findSession(db: Db, idHash: string): Promise<StoredSession | null> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select([
      'staff_sessions.id_hash',
      'staff_sessions.csrf_token',
      'staff_sessions.created_at',
      'staff_sessions.last_seen_at',
      'staff_sessions.expires_at',
      'staff_users.id',
      'staff_users.email',
      'staff_users.name',
      'staff_users.role',
    ])
    .where('staff_sessions.id_hash', '=', idHash)
    .where('staff_users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    idHash: row.id_hash,
    user: { id: row.id, email: row.email, name: row.name, role: row.role as Role },
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (role change, account switched off, password change). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
}
