/**
 * Reader accounts, their one-time tokens (confirmation, password reset) and sessions, all
 * secrets stored only as hashes; and the readers' site settings.
 */
import type { Reader } from '../../domain/readers.js';
import type { Db } from '../db.js';
import type { ReadersTable } from '../schema/readers.js';

export type TokenPurpose = 'confirm' | 'reset';

const toReader = (row: ReadersTable): Reader => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  language: row.language,
  createdAt: row.created_at,
  confirmedAt: row.confirmed_at,
  bannedAt: row.banned_at,
  suspendedUntil: row.suspended_until,
  banReason: row.ban_reason,
});

export async function insertReader(
  db: Db,
  reader: Reader & { passwordHash: string; nameKey: string },
): Promise<void> {
  await db
    .insertInto('readers')
    .values({
      id: reader.id,
      email: reader.email,
      password_hash: reader.passwordHash,
      display_name: reader.displayName,
      name_key: reader.nameKey,
      language: reader.language,
      created_at: reader.createdAt,
      confirmed_at: reader.confirmedAt,
      banned_at: null,
      suspended_until: null,
      ban_reason: null,
    })
    .execute();
}

export async function findReader(db: Db, id: string): Promise<Reader | null> {
  const row = await db.selectFrom('readers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toReader(row) : null;
}

/** A reader by (normalised) email, with the password hash for logging in. */
export async function findReaderByEmail(
  db: Db,
  email: string,
): Promise<(Reader & { passwordHash: string }) | null> {
  const row = await db.selectFrom('readers').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? { ...toReader(row), passwordHash: row.password_hash } : null;
}

/** The id of the reader whose display name folds to `key`, if any. */
export async function readerIdByNameKey(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('readers').select('id').where('name_key', '=', key).executeTakeFirst();
  return row?.id ?? null;
}

export async function updateReaderName(db: Db, id: string, name: string, key: string): Promise<void> {
  await db.updateTable('readers').set({ display_name: name, name_key: key }).where('id', '=', id).execute();
}

export async function updateReaderPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('readers').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function confirmReaderAccount(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('readers')
    .set({ confirmed_at: at })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .execute();
}

/** Bans (until null: for good), suspends (until a time) or lifts both (banned false, until null). */
export async function setReaderBan(
  db: Db,
  id: string,
  ban: { bannedAt: string | null; suspendedUntil: string | null; reason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('readers')
    .set({ banned_at: ban.bannedAt, suspended_until: ban.suspendedUntil, ban_reason: ban.reason })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Removes an account; its sessions, tokens, recommendations and reports go with it. */
export async function deleteReaderRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('readers').where('id', '=', id).execute();
}

export async function insertReaderToken(
  db: Db,
  token: { hash: string; readerId: string; purpose: TokenPurpose; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('reader_tokens')
    .values({
      token_hash: token.hash,
      reader_id: token.readerId,
      purpose: token.purpose,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

/** Uses up a token: answers its reader when it exists, has this purpose and has not expired. */
export async function takeReaderToken(
  db: Db,
  hash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string | null> {
  const row = await db
    .deleteFrom('reader_tokens')
    .where('token_hash', '=', hash)
    .where('purpose', '=', purpose)
    .returning(['reader_id', 'expires_at'])
    .executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
  return row.reader_id;
}

export async function deleteReaderTokens(db: Db, readerId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .deleteFrom('reader_tokens')
    .where('reader_id', '=', readerId)
    .where('purpose', '=', purpose)
    .execute();
}

export async function insertReaderSession(
  db: Db,
  session: { idHash: string; readerId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('reader_sessions')
    .values({
      id_hash: session.idHash,
      reader_id: session.readerId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The reader of a live session and its CSRF token; null when unknown or expired. */
export async function findReaderSession(
  db: Db,
  idHash: string,
  now: Date,
): Promise<{ reader: Reader; csrfToken: string } | null> {
  const row = await db
    .selectFrom('reader_sessions')
    .innerJoin('readers', 'readers.id', 'reader_sessions.reader_id')
    .selectAll('readers')
    .select(['reader_sessions.csrf_token', 'reader_sessions.expires_at'])
    .where('reader_sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
  return { reader: toReader(row), csrfToken: row.csrf_token };
}

export async function deleteReaderSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('reader_sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteReaderSessions(db: Db, readerId: string): Promise<void> {
  await db.deleteFrom('reader_sessions').where('reader_id', '=', readerId).execute();
}

/** Every staff member's name: readers may not take them. */
export async function staffNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('staff_users').select('name').execute();
  return rows.map((r) => r.name);
}

/** A readers' site setting (see src/commands/readers.ts), or null when never set. */
export async function readerSettingValue(db: Db, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('reader_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function setReaderSettingValue(
  db: Db,
  setting: { key: string; value: string; at: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('reader_settings')
    .values({ key: setting.key, value: setting.value, updated_at: setting.at, updated_by: setting.by })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: setting.value, updated_at: setting.at, updated_by: setting.by }),
    )
    .execute();
}
