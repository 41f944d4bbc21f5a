/**
 * Reader accounts: signing up with a confirmation email, logging in and out, password
 * reset, display name, deleting the account with its personal data (bans are in
 * reader-moderation.ts).
 * Every answer about an email address is the same whether an account has it or not.
 * @example await signUp(env, { email, password, displayName, language: 'en' });
 */
import { DomainError, invalid, rateLimited } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import {
  checkDisplayName,
  checkReaderPassword,
  nameKey,
  type Reader,
  type ReaderSession,
} from '../domain/readers.js';
import { isEmail, normalizeEmail } from '../domain/staff.js';
import { newId, newSecret } from '../lib/ids.js';
import { hashPassword, hashToken, verifyPassword } from '../lib/passwords.js';
import type { Db } from '../storage/db.js';
import { deleteCommentsOfReader } from '../storage/repos/comments.js';
import { clearRateLimit, hitRateLimit, refundRateLimit } from '../storage/repos/rate-limits.js';
import {
  confirmReaderAccount,
  deleteReaderRow,
  deleteReaderSession,
  deleteReaderSessions,
  deleteReaderTokens,
  findReader,
  findReaderByEmail,
  findReaderSession,
  insertReader,
  insertReaderSession,
  insertReaderToken,
  readerIdByNameKey,
  staffNames,
  takeReaderToken,
  updateReaderName,
  updateReaderPassword,
} from '../storage/repos/readers.js';
import { checkLoginLimits } from './login-limits.js';
import { type DeletedComments, deletedCommentsPolicy } from './reader-moderation.js';

/** The mails accounts send; the transport layer words them in the reader's language. */
export type ReaderMail =
  | { kind: 'confirm'; to: string; language: string; token: string }
  | { kind: 'existing'; to: string; language: string }
  | { kind: 'reset'; to: string; language: string; token: string };

/** What account use cases work with: the database, the time, and a way to send their mails. */
export interface ReaderEnv {
  db: Db;
  now: Date;
  sendMail(mail: ReaderMail): Promise<void>;
}

export const SESSION_DAYS = 30;
const CONFIRM_HOURS = 48;
const RESET_HOURS = 2;
/**
 * Reader logins allowed in a window, checked in order (src/commands/login-limits.ts): a
 * stranger's guesses from one address cannot lock the owner out from another.
 */
export const LOGIN_LIMITS = {
  address: { limit: 30, windowSeconds: 900 },
  accountAddress: { limit: 10, windowSeconds: 900 },
  account: { limit: 50, windowSeconds: 3600 },
} as const;
/** Sign-ups and reset requests one address may send in an hour. */
export const SIGNUP_LIMIT = { limit: 20, windowSeconds: 3600 };
export const RESET_LIMIT = { limit: 20, windowSeconds: 3600 };
/**
 * Account mails to one recipient: a few asked for from any one address, and a ceiling over
 * all addresses that protects the mailbox; one stranger alone cannot use the ceiling up.
 */
export const MAIL_LIMITS = {
  recipientAddress: { limit: 3, windowSeconds: 3600 },
  recipient: { limit: 10, windowSeconds: 3600 },
} as const;

/** A password hash to compare against when the email is unknown, so both take as long. */
let decoyHash: Promise<string> | null = null;
const decoy = () => {
  decoyHash ??= hashPassword(newSecret());
  return decoyHash;
};

async function issueToken(env: ReaderEnv, readerId: string, purpose: 'confirm' | 'reset', hours: number) {
  const token = newSecret();
  await deleteReaderTokens(env.db, readerId, purpose);
  await insertReaderToken(env.db, {
    hash: hashToken(token),
    readerId,
    purpose,
    createdAt: env.now.toISOString(),
    expiresAt: new Date(env.now.getTime() + hours * 3600_000).toISOString(),
  });
  return token;
}

/** Whether one more mail may go to `email` at the request of `address`; counts it if so. */
async function limitMail(env: ReaderEnv, email: string, address: string): Promise<boolean> {
  const mine = await hitRateLimit(
    env.db,
    `reader-mail:recipient-address:${hashToken(`${email}\n${address}`)}`,
    MAIL_LIMITS.recipientAddress,
    env.now,
  );
  if (!mine.allowed) return false;
  const all = await hitRateLimit(env.db, `reader-mail:${hashToken(email)}`, MAIL_LIMITS.recipient, env.now);
  return all.allowed;
}

/** One more request of a kind from an address, or `rate_limited` (the same for every email). */
async function limitAddress(
  env: Pick<ReaderEnv, 'db' | 'now'>,
  kind: 'signup' | 'reset',
  address: string,
): Promise<void> {
  const limit = kind === 'signup' ? SIGNUP_LIMIT : RESET_LIMIT;
  const hit = await hitRateLimit(env.db, `reader-${kind}:address:${hashToken(address)}`, limit, env.now);
  if (!hit.allowed)
    throw rateLimited('Too many requests from this address; try again later', hit.retryAfterSeconds);
}

/**
 * Sends a mail; false when the mail server refused it or could not be reached. What was
 * stored before stays: the reader can ask for the link again.
 */
async function trySend(env: ReaderEnv, mail: ReaderMail): Promise<boolean> {
  try {
    await env.sendMail(mail);
    return true;
  } catch {
    return false;
  }
}

/**
 * Signs a reader up, or, when the email already has an account, mails its owner instead
 * (a fresh confirmation link, or a note that the account exists). The caller sees the same,
 * including `mailSent: false` when the mail could not be sent (the account is kept; signing
 * up again with the same address sends a new link).
 */
export async function signUp(
  env: ReaderEnv,
  input: { email: string; password: string; displayName: string; language: Language; address: string },
): Promise<{ mailSent: boolean }> {
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw invalid('email', 'This is not an email address');
  checkReaderPassword(input.password);
  const displayName = checkDisplayName(input.displayName, await staffNames(env.db));
  // Mistakes in the fields cost nothing to refuse; every well-formed sign-up counts, known email or not.
  await limitAddress(env, 'signup', input.address);
  const existing = await findReaderByEmail(env.db, email);
  if (existing) {
    // Too many mails to this address already: none more, and the same answer as when one went out.
    if (!(await limitMail(env, email, input.address))) return { mailSent: true };
    if (existing.confirmedAt === null) {
      const token = await issueToken(env, existing.id, 'confirm', CONFIRM_HOURS);
      return {
        mailSent: await trySend(env, { kind: 'confirm', to: email, language: existing.language, token }),
      };
    }
    return { mailSent: await trySend(env, { kind: 'existing', to: email, language: existing.language }) };
  }
  const key = nameKey(displayName);
  if (await readerIdByNameKey(env.db, key)) {
    throw new DomainError(
      'conflict',
      'This display name, or one that looks like it, is taken',
      'displayName',
    );
  }
  const reader: Reader = {
    id: newId(),
    email,
    displayName,
    language: input.language,
    createdAt: env.now.toISOString(),
    confirmedAt: null,
    bannedAt: null,
    suspendedUntil: null,
    banReason: null,
  };
  const passwordHash = await hashPassword(input.password);
  const token = await env.db.transaction().execute(async (trx) => {
    await insertReader(trx, { ...reader, passwordHash, nameKey: key });
    return issueToken({ ...env, db: trx }, reader.id, 'confirm', CONFIRM_HOURS);
  });
  await limitMail(env, email, input.address);
  return { mailSent: await trySend(env, { kind: 'confirm', to: email, language: reader.language, token }) };
}

/** Confirms the email of the account a confirmation token was sent for. */
export async function confirmEmail(env: Pick<ReaderEnv, 'db' | 'now'>, token: string): Promise<Reader> {
  const readerId = token ? await takeReaderToken(env.db, hashToken(token), 'confirm', env.now) : null;
  if (!readerId) throw invalid('token', 'This confirmation link is unknown, used or expired');
  await confirmReaderAccount(env.db, readerId, env.now.toISOString());
  const reader = await findReader(env.db, readerId);
  if (!reader) throw invalid('token', 'This confirmation link is unknown, used or expired');
  return reader;
}

/** A new session (its secret is the cookie) for a reader. */
async function openSession(env: Pick<ReaderEnv, 'db' | 'now'>, reader: Reader) {
  const token = `swr_${newSecret()}`;
  const csrfToken = newSecret(24);
  await insertReaderSession(env.db, {
    idHash: hashToken(token),
    readerId: reader.id,
    csrfToken,
    createdAt: env.now.toISOString(),
    expiresAt: new Date(env.now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return { token, csrfToken, reader };
}

/**
 * Logs a reader in. A wrong password and an unknown email get the same answer; attempts are
 * limited per address, per account and address, and per account (429 with Retry-After).
 */
export async function logIn(
  env: Pick<ReaderEnv, 'db' | 'now'>,
  input: { email: string; password: string; address: string },
): Promise<{ token: string; csrfToken: string; reader: Reader }> {
  const email = normalizeEmail(input.email);
  const keys = {
    address: `reader-login:address:${hashToken(input.address)}`,
    accountAddress: `reader-login:account-address:${hashToken(`${email}\n${input.address}`)}`,
    account: `reader-login:${hashToken(email)}`,
  };
  await checkLoginLimits(env.db, keys, LOGIN_LIMITS, env.now);
  const found = await findReaderByEmail(env.db, email);
  const matches = await verifyPassword(input.password, found?.passwordHash ?? (await decoy()));
  if (!found || !matches) throw new DomainError('unauthorized', 'The email or the password is wrong');
  if (found.confirmedAt === null) {
    throw new DomainError(
      'forbidden',
      'Confirm your email address first: follow the link we sent you',
      'email',
    );
  }
  await clearRateLimit(env.db, keys.accountAddress);
  await refundRateLimit(env.db, keys.address);
  await refundRateLimit(env.db, keys.account);
  const { passwordHash: _hash, ...reader } = found;
  return openSession(env, reader);
}

/** The reader and CSRF token of a session cookie; null when it is unknown or expired. */
export async function resumeReaderSession(db: Db, token: string, now: Date): Promise<ReaderSession | null> {
  if (!token.startsWith('swr_') || token.length > 100) return null;
  return findReaderSession(db, hashToken(token), now);
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteReaderSession(db, hashToken(token));
}

/** Mails a reset link when an account has this email; the caller learns nothing either way. */
export async function requestPasswordReset(env: ReaderEnv, rawEmail: string, address: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw invalid('email', 'This is not an email address');
  await limitAddress(env, 'reset', address);
  const found = await findReaderByEmail(env.db, email);
  if (!found || !(await limitMail(env, email, address))) return;
  const token = await issueToken(env, found.id, 'reset', RESET_HOURS);
  await env.sendMail({ kind: 'reset', to: email, language: found.language, token });
}

/** Sets a new password with a reset token; every session of the account ends. */
export async function resetPassword(
  env: Pick<ReaderEnv, 'db' | 'now'>,
  input: { token: string; password: string },
): Promise<Reader> {
  checkReaderPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return env.db.transaction().execute(async (trx) => {
    const readerId = input.token
      ? await takeReaderToken(trx, hashToken(input.token), 'reset', env.now)
      : null;
    const reader = readerId ? await findReader(trx, readerId) : null;
    if (!reader) throw invalid('token', 'This reset link is unknown, used or expired');
    await updateReaderPassword(trx, reader.id, passwordHash);
    await deleteReaderSessions(trx, reader.id);
    // Following the link proves the address, too.
    await confirmReaderAccount(trx, reader.id, env.now.toISOString());
    return reader;
  });
}

/** Changes a reader's display name, under the same rules as at sign-up. */
export async function changeDisplayName(db: Db, reader: Reader, raw: string): Promise<string> {
  const name = checkDisplayName(raw, await staffNames(db));
  const key = nameKey(name);
  const holder = await readerIdByNameKey(db, key);
  if (holder && holder !== reader.id) {
    throw new DomainError(
      'conflict',
      'This display name, or one that looks like it, is taken',
      'displayName',
    );
  }
  await updateReaderName(db, reader.id, name, key);
  return name;
}

/**
 * Deletes an account and its personal data (email, name, password, sessions, tokens,
 * recommendations, reports). Its comments stay as from "a deleted account" or are
 * removed, as the admin setting says. Asks for the password again.
 */
export async function deleteAccount(
  env: Pick<ReaderEnv, 'db' | 'now'>,
  reader: Reader,
  password: string,
): Promise<{ comments: DeletedComments }> {
  const found = await findReaderByEmail(env.db, reader.email);
  if (!found || !(await verifyPassword(password, found.passwordHash))) {
    throw new DomainError('unauthorized', 'The password is wrong', 'password');
  }
  const policy = await deletedCommentsPolicy(env.db);
  await env.db.transaction().execute(async (trx) => {
    if (policy === 'remove') await deleteCommentsOfReader(trx, reader.id);
    await deleteReaderRow(trx, reader.id);
  });
  return { comments: policy };
}
