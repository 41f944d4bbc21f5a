/**
 * The figures an operator watches, read when metrics are scraped: queue lengths, how late the
 * most overdue scheduled article is, the size of the SQLite file. Each is one cheap query.
 * @example const { moderationQueue } = await queueLengths(db)
 */
import { sql } from 'kysely';
import type { Db } from '../db.js';

/** Comments waiting for a moderator and error reports not yet handled. */
export async function queueLengths(db: Db): Promise<{ moderationQueue: number; openErrorReports: number }> {
  const [comments, reports] = await Promise.all([
    db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirst(),
    db
      .selectFrom('error_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'new')
      .executeTakeFirst(),
  ]);
  return { moderationQueue: Number(comments?.n ?? 0), openErrorReports: Number(reports?.n ?? 0) };
}

/** The publish time of the most overdue scheduled article still unpublished at `now`; null when none is due. */
export async function oldestDuePublishAt(db: Db, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.min('publish_at').as('due'))
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now.toISOString())
    .executeTakeFirst();
  return row?.due ? new Date(row.due) : null;
}

/** The SQLite file's size in bytes (pages in use times page size). */
export async function sqliteFileBytes(db: Db): Promise<number> {
  const count = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  const size = await sql<{ page_size: number }>`pragma page_size`.execute(db);
  return Number(count.rows[0]?.page_count ?? 0) * Number(size.rows[0]?.page_size ?? 0);
}
