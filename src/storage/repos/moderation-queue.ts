/**
 * The moderators' queues of a language (pending, reported, approved, rejected) with their
 * counts, and a whole thread whatever each comment's status.
 * @example const counts = await queueCounts(db, 'de') // { pending: 3, reported: 1, approved: 40, rejected: 2 }
 */
import { articlePath, debatePath } from '../../domain/article.js';
import type { Comment, ThreadRef } from '../../domain/comments.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { toComment, withAuthors } from './comments.js';

export const QUEUES = ['pending', 'reported', 'approved', 'rejected'] as const;
export type Queue = (typeof QUEUES)[number];

export interface QueuedComment extends Comment {
  threadHeadline: string;
  threadPath: string;
  readerId: string | null;
  readerBanned: boolean;
}

/** A page of a language's comments in a moderation queue: pending and reported oldest first, decided newest first. */
export async function moderationQueue(
  db: Db,
  filter: { language: Language; queue: Queue; limit: number; offset: number },
): Promise<QueuedComment[]> {
  let query = withAuthors(db.selectFrom('comments'))
    .leftJoin('articles', (join) =>
      join.onRef('articles.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'article'),
    )
    .leftJoin('debates', (join) =>
      join.onRef('debates.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'debate'),
    )
    .select([
      'articles.headline as article_headline',
      'articles.section_slug as article_section',
      'articles.slug as article_slug',
      'debates.question as debate_question',
      'readers.banned_at as reader_banned_at',
    ])
    .where('comments.language', '=', filter.language);
  if (filter.queue === 'reported') {
    query = query.where('comments.reports', '>', 0).where('comments.status', '!=', 'rejected');
  } else {
    query = query.where('comments.status', '=', filter.queue);
  }
  const newestFirst = filter.queue === 'approved' || filter.queue === 'rejected';
  const rows = await query
    .orderBy(newestFirst ? 'comments.decided_at' : 'comments.created_at', newestFirst ? 'desc' : 'asc')
    .orderBy('comments.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...toComment(row),
    threadHeadline: row.article_headline ?? row.debate_question ?? '',
    threadPath:
      row.thread_kind === 'debate'
        ? debatePath({ language: row.language, id: row.thread_id })
        : articlePath({
            language: row.language as Language,
            sectionSlug: row.article_section ?? null,
            slug: row.article_slug ?? '',
            id: row.thread_id,
          }),
    readerId: row.reader_id,
    readerBanned: row.reader_banned_at !== null,
  }));
}

/** How many comments of a language wait in each queue. */
export async function queueCounts(db: Db, language: Language): Promise<Record<Queue, number>> {
  const rows = await db
    .selectFrom('comments')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('language', '=', language)
    .groupBy('status')
    .execute();
  const reported = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('language', '=', language)
    .where('reports', '>', 0)
    .where('status', '!=', 'rejected')
    .executeTakeFirstOrThrow();
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return {
    pending: of('pending'),
    reported: Number(reported.n),
    approved: of('approved'),
    rejected: of('rejected'),
  };
}

/** Every comment of a thread whatever its status, oldest first (the moderators' view in context). */
export async function wholeThread(db: Db, ref: ThreadRef, limit = 500): Promise<Comment[]> {
  const rows = await withAuthors(db.selectFrom('comments'))
    .where('comments.thread_kind', '=', ref.kind)
    .where('comments.thread_id', '=', ref.id)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .limit(limit)
    .execute();
  return rows.map(toComment);
}
