/**
 * The moderation log: every decision on a comment or a reader, with who took it.
 * @example const log = await moderationLog(db, { commentId }) // [{ action: 'approve', staffName, ... }]
 */
import type { Db } from '../db.js';

export type LogAction =
  | 'approve'
  | 'reject'
  | 'feature'
  | 'unfeature'
  | 'ban'
  | 'suspend'
  | 'unban'
  | 'reply'
  | 'clear_reports';

export interface LogEntry {
  id: string;
  action: LogAction;
  commentId: string | null;
  readerId: string | null;
  reason: string | null;
  staffId: string | null;
  staffName: string | null;
  createdAt: string;
}

export async function insertLogEntry(db: Db, entry: Omit<LogEntry, 'staffName'>): Promise<void> {
  await db
    .insertInto('moderation_log')
    .values({
      id: entry.id,
      action: entry.action,
      comment_id: entry.commentId,
      reader_id: entry.readerId,
      reason: entry.reason,
      staff_id: entry.staffId,
      created_at: entry.createdAt,
    })
    .execute();
}

/** The decisions taken on a comment, or on a reader, oldest first. */
export async function moderationLog(
  db: Db,
  filter: { commentId?: string; readerId?: string },
): Promise<LogEntry[]> {
  let query = db
    .selectFrom('moderation_log')
    .leftJoin('staff_users', 'staff_users.id', 'moderation_log.staff_id')
    .selectAll('moderation_log')
    .select('staff_users.name as staff_name');
  if (filter.commentId) query = query.where('moderation_log.comment_id', '=', filter.commentId);
  if (filter.readerId) query = query.where('moderation_log.reader_id', '=', filter.readerId);
  const rows = await query.orderBy('moderation_log.created_at').orderBy('moderation_log.id').execute();
  return rows.map((row) => ({
    id: row.id,
    action: row.action as LogAction,
    commentId: row.comment_id,
    readerId: row.reader_id,
    reason: row.reason,
    staffId: row.staff_id,
    staffName: row.staff_name,
    createdAt: row.created_at,
  }));
}
