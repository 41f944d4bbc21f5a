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
import { deleteSessionsOfUser } from '../storage/repos/sessions.js';
import {
  type ApiTokenListing,
  countActiveAdmins,
  deleteApiToken,
  findStaffByEmail,
  findStaffById,
  findStaffByTokenHash,
  insertApiToken,
  insertStaffUser,
  listApiTokens,
  listStaff,
  type StaffListing,
  updateStaffUser,
} from '../storage/repos/staff.js';
import { authorize, type CommandContext } from './context.js';

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

/**
 * An admin changes a staff user: name, role, switched off or on, a new password. The last
 * admin who can log in can be neither demoted nor switched off; a new password or switching
 * off ends the user's sessions.
 */
export async function changeStaffUser(
  ctx: CommandContext,
  id: string,
  changes: {
    name?: string | undefined;
    role?: string | undefined;
    disabled?: boolean | undefined;
    password?: string | undefined;
  },
): Promise<StaffListing> {
  authorize(ctx.actor, 'staff.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findStaffById(trx, id);
    if (!current) throw new DomainError('not_found', `No staff user with id ${id}`);
    const name = changes.name?.trim();
    if (changes.name !== undefined && !name) throw invalid('name', 'A name is required');
    if (changes.role !== undefined && !isRole(changes.role))
      throw invalid('role', `Unknown role ${changes.role} (contributor, editor, moderator, admin)`);
    if (changes.password !== undefined && changes.password.length < MIN_PASSWORD_LENGTH)
      throw invalid('password', `The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    const role = changes.role as Role | undefined;
    const losesAdmin =
      current.role === 'admin' &&
      !current.disabledAt &&
      ((role && role !== 'admin') || changes.disabled === true);
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1) {
      throw new DomainError(
        'conflict',
        'The last administrator cannot be demoted or switched off',
        role ? 'role' : 'disabled',
      );
    }
    const disabledAt =
      changes.disabled === undefined
        ? undefined
        : changes.disabled
          ? (current.disabledAt ?? ctx.now.toISOString())
          : null;
    await updateStaffUser(trx, id, {
      ...(name ? { name } : {}),
      ...(role ? { role } : {}),
      ...(disabledAt === undefined ? {} : { disabledAt }),
      ...(changes.password === undefined ? {} : { passwordHash: await hashPassword(changes.password) }),
    });
    if (changes.password !== undefined || changes.disabled === true) await deleteSessionsOfUser(trx, id);
    const updated = await findStaffById(trx, id);
    if (!updated) throw new DomainError('not_found', `No staff user with id ${id}`);
    return updated;
  });
}

/**
 * Whoever runs the command line on the server acts as an administrator: they already hold
 * the database. The same rules apply as in the newsroom (the last admin stays an admin).
 */
export function operatorContext(db: Db, now: Date): CommandContext {
  return { db, now, actor: { id: 'operator', email: 'operator@localhost', name: 'Operator', role: 'admin' } };
}

/** Every staff user, by name, for the operator's list. */
export function listStaffUsers(db: Db): Promise<StaffListing[]> {
  return listStaff(db);
}

/** Changes the staff user with this email (see changeStaffUser for the rules). */
export async function changeStaffUserByEmail(
  ctx: CommandContext,
  email: string,
  changes: Parameters<typeof changeStaffUser>[2],
): Promise<StaffListing> {
  const found = await findStaffByEmail(ctx.db, normalizeEmail(email));
  if (!found) throw new DomainError('not_found', `No staff user with email ${email}`, 'email');
  return changeStaffUser(ctx, found.id, changes);
}

/** The API tokens (of one staff user when an email is given), never the tokens themselves. */
export async function listTokens(db: Db, email?: string): Promise<ApiTokenListing[]> {
  if (email === undefined) return listApiTokens(db);
  const found = await findStaffByEmail(db, normalizeEmail(email));
  if (!found) throw new DomainError('not_found', `No staff user with email ${email}`, 'email');
  return listApiTokens(db, found.email);
}

/** Revokes an API token by its id: calls with it answer 401 from then on. */
export async function revokeToken(db: Db, id: string): Promise<void> {
  if (!(await deleteApiToken(db, id))) throw new DomainError('not_found', `No API token with id ${id}`, 'id');
}
