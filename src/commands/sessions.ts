/**
 * Staff sessions of the newsroom: logging in (rate-limited, the same answer for unknown and
 * known emails), recognising a session cookie with idle and absolute expiry, logging out.
 * @example const { token, csrfToken } = await logIn(db, { email, password, address }, now);
 */
import { DomainError } from '../domain/errors.js';
import { normalizeEmail, type StaffUser } from '../domain/staff.js';
import { newSecret } from '../lib/ids.js';
import { hashPassword, hashToken, verifyPassword } from '../lib/passwords.js';
import type { Db } from '../storage/db.js';
import { clearRateLimit, refundRateLimit } from '../storage/repos/rate-limits.js';
import { deleteSession, findSession, insertSession, touchSession } from '../storage/repos/sessions.js';
import { findStaffByEmail } from '../storage/repos/staff.js';
import { checkLoginLimits } from './login-limits.js';

/** A session ends after this long without a request... */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** ...and at the latest this long after login. */
export const SESSION_MAX_SECONDS = 12 * 60 * 60;
/**
 * Login attempts allowed in a window. A stranger guessing from one address locks only that
 * address out of the account (`accountAddress`); the slower ceiling of the account over all
 * addresses (`account`) takes many addresses to reach, and counts only attempts the other
 * limits let through; `address` bounds one address spraying many accounts.
 */
export const LOGIN_LIMITS = {
  address: { limit: 20, windowSeconds: 15 * 60 },
  accountAddress: { limit: 5, windowSeconds: 15 * 60 },
  account: { limit: 50, windowSeconds: 60 * 60 },
} as const;
/** last_seen_at is written at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000;

/** Compared against when the email is unknown, so both answers take the same time. */
let decoyHash: Promise<string> | null = null;

export interface NewSession {
  token: string;
  csrfToken: string;
  user: StaffUser;
}

/**
 * Checks email and password and opens a session. Every failure is the same
 * `unauthorized` answer; too many attempts (see LOGIN_LIMITS) are `rate_limited`, with the
 * seconds until the next try.
 * `previousToken` (the cookie sent with the login) is ended: a session is never reused.
 */
export async function logIn(
  db: Db,
  input: { email: string; password: string; address: string; previousToken?: string | undefined },
  now: Date,
): Promise<NewSession> {
  const email = normalizeEmail(input.email).slice(0, 254);
  const keys = {
    address: `staff-login:address:${hashToken(input.address)}`,
    accountAddress: `staff-login:account-address:${hashToken(`${email}\n${input.address}`)}`,
    account: `staff-login:account:${hashToken(email)}`,
  };
  await checkLoginLimits(db, keys, LOGIN_LIMITS, now);
  const found = await findStaffByEmail(db, email);
  decoyHash ??= hashPassword(newSecret());
  const stored = found?.passwordHash ?? (await decoyHash);
  const matches = await verifyPassword(input.password, stored);
  if (!found?.passwordHash || found.disabledAt || !matches) {
    throw new DomainError('unauthorized', 'Email or password is wrong');
  }
  await clearRateLimit(db, keys.accountAddress);
  await refundRateLimit(db, keys.address);
  await refundRateLimit(db, keys.account);
  if (input.previousToken) await deleteSession(db, hashToken(input.previousToken));
  const token = newSecret();
  const csrfToken = newSecret();
  await insertSession(db, {
    idHash: hashToken(token),
    userId: found.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_SECONDS * 1000).toISOString(),
  });
  return { token, csrfToken, user: { id: found.id, email: found.email, name: found.name, role: found.role } };
}

/** The user and CSRF token of a live session, or null (unknown, idle too long, expired, user off). */
export async function resumeSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ user: StaffUser; csrfToken: string } | null> {
  if (!token || token.length > 200) return null;
  const idHash = hashToken(token);
  const session = await findSession(db, idHash);
  if (!session) return null;
  const at = now.getTime();
  const idleSince = Date.parse(session.lastSeenAt);
  if (at >= Date.parse(session.expiresAt) || at - idleSince >= SESSION_IDLE_SECONDS * 1000) {
    await deleteSession(db, idHash);
    return null;
  }
  if (at - idleSince >= TOUCH_EVERY_MS) await touchSession(db, idHash, now.toISOString());
  return { user: session.user, csrfToken: session.csrfToken };
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}
