/**
 * Staff users and API tokens: adding people, issuing tokens, recognising a token.
 * @example const { token } = await createApiToken(db, { email: 'ed@example.org' }, now)
 */
import { DomainError, invalid } from '../domain/errors.js';
import { isRole, type Role } from '../domain/policy.js';
import { isEmail, normalizeEmail, type StaffUser } from '../domain/staff.js';
import { newId, newSecret } from '../lib/ids.js';
import { hashPassword, hashToken } from '../lib/passwords.js';
import type { Db } from '../storage/db.js';
import {
  findStaffByEmail,
  findStaffByTokenHash,
  insertApiToken,
  insertStaffUser,
} from '../storage/repos/staff.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Adds a staff user; fails on a bad email, role or short password, or a taken email. */
export async function addStaffUser(
  db: Db,
  input: { email: string; name: string; role: string; password?: string | undefined },
  now: Date,
): Promise<StaffUser> {
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw invalid('email', `Not an email address: ${input.email}`);
  const name = input.name.trim();
  if (!name) throw invalid('name', 'A name is required');
  if (!isRole(input.role))
    throw invalid('role', `Unknown role ${input.role} (contributor, editor, moderator, admin)`);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password', `The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (await findStaffByEmail(db, email))
    throw new DomainError('conflict', `A staff user with ${email} exists`, 'email');
  const user: StaffUser = { id: newId(), email, name, role: input.role as Role };
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  await insertStaffUser(db, { ...user, passwordHash, createdAt: now.toISOString() });
  return user;
}

/** Issues a new API token for a staff user; the token itself is shown only this once. */
export async function createApiToken(
  db: Db,
  input: { email: string; label?: string | undefined },
  now: Date,
): Promise<{ token: string; user: StaffUser }> {
  const found = await findStaffByEmail(db, normalizeEmail(input.email));
  if (!found) throw new DomainError('not_found', `No staff user with email ${input.email}`, 'email');
  const token = `sw_${newSecret()}`;
  await insertApiToken(db, {
    id: newId(),
    userId: found.id,
    label: input.label?.trim() || 'API token',
    tokenHash: hashToken(token),
    createdAt: now.toISOString(),
  });
  const { passwordHash: _ignored, ...user } = found;
  return { token, user };
}

/** The staff user a bearer token belongs to, or null for an unknown token. */
export async function authenticateToken(db: Db, token: string): Promise<StaffUser | null> {
  if (!token.startsWith('sw_') || token.length > 200) return null;
  return findStaffByTokenHash(db, hashToken(token));
}
