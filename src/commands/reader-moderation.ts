/**
 * What moderators and admins decide about readers: bans and suspensions (logged with who and
 * when), and what happens to the comments of a deleted account.
 * @example await banReader(ctx, readerId, { until: '2027-01-01T00:00:00Z', reason: 'Insults' });
 */
import { DomainError, invalid } from '../domain/errors.js';
import type { Reader } from '../domain/readers.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import { insertLogEntry } from '../storage/repos/moderation-log.js';
import {
  findReader,
  readerSettingValue,
  setReaderBan,
  setReaderSettingValue,
} from '../storage/repos/readers.js';
import { authorize, type CommandContext } from './context.js';

export const DELETED_COMMENTS_SETTING = 'deleted_account_comments';
export type DeletedComments = 'keep' | 'remove';

/** What happens to the comments of a deleted account (an admin setting; kept by default). */
export async function deletedCommentsPolicy(db: Db): Promise<DeletedComments> {
  return (await readerSettingValue(db, DELETED_COMMENTS_SETTING)) === 'remove' ? 'remove' : 'keep';
}

export async function setDeletedCommentsPolicy(ctx: CommandContext, value: DeletedComments): Promise<void> {
  authorize(ctx.actor, 'settings.manage');
  await setReaderSettingValue(ctx.db, {
    key: DELETED_COMMENTS_SETTING,
    value,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  });
}

/**
 * Bans a reader for good (no `until`) or suspends them until a time, or lifts either
 * (`lift`); logged with who and when. They stay logged in, and are told why they cannot write.
 */
export async function banReader(
  ctx: CommandContext,
  readerId: string,
  input: { until?: string | null; reason?: string | null; lift?: boolean },
): Promise<Reader> {
  authorize(ctx.actor, 'comment.moderate');
  const reason = input.reason?.trim() || null;
  if (input.until && !(Date.parse(input.until) > ctx.now.getTime())) {
    throw invalid('until', 'A suspension ends in the future');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const reader = await findReader(trx, readerId);
    if (!reader) throw new DomainError('not_found', `No reader with id ${readerId}`);
    const at = ctx.now.toISOString();
    const ban = input.lift
      ? { bannedAt: null, suspendedUntil: null, reason: null }
      : input.until
        ? { bannedAt: null, suspendedUntil: new Date(input.until).toISOString(), reason }
        : { bannedAt: at, suspendedUntil: null, reason };
    await setReaderBan(trx, readerId, ban);
    await insertLogEntry(trx, {
      id: newId(),
      action: input.lift ? 'unban' : input.until ? 'suspend' : 'ban',
      commentId: null,
      readerId,
      reason,
      staffId: ctx.actor.id,
      createdAt: at,
    });
    return { ...reader, bannedAt: ban.bannedAt, suspendedUntil: ban.suspendedUntil, banReason: ban.reason };
  });
}
