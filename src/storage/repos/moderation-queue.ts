/**
 * The moderators' queues of a language (pending, reported, approved, rejected) with their
 * counts, and a whole thread whatever each comment's status. Comments of multilingual threads
 * (ADR 0027) are in every language's queues, so any newsroom can moderate them.
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
  /** Its thread takes comments in every language (ADR 0027). */
  threadMultilingual: boolean;
}

/** A page of a language's comments (and of multilingual threads) in a moderation queue: pending and reported oldest first, decided newest first. */
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
    .leftJoin('article_comment_settings', 'article_comment_settings.article_id', 'articles.id')
    .select([
      'articles.headline as article_headline',
      'articles.language as article_language',
      'debates.language as debate_language',
      'debates.multilingual as debate_multilingual',
      'article_comment_settings.multilingual as article_multilingual',
      'articles.section_slug as article_section',
      'articles.slug as article_slug',
      'debates.question as debate_question',
      'readers.banned_at as reader_banned_at',
    ])
    .where((eb) =>
      eb.or([
        eb('comments.language', '=', filter.language),
        // Multilingual threads are moderated from every newsroom (ADR 0027).
        eb('debates.multilingual', '=', 1),
        eb('article_comment_settings.multilingual', '=', 1),
      ]),
    );
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
        ? debatePath({ language: row.debate_language ?? row.language, id: row.thread_id })
        : articlePath({
            language: (row.article_language ?? row.language) as Language,
            sectionSlug: row.article_section ?? null,
            slug: row.article_slug ?? '',
            id: row.thread_id,
          }),
    readerId: row.reader_id,
    readerBanned: row.reader_banned_at !== null,
    threadMultilingual:
      Number(row.debate_multilingual ?? 0) === 1 || Number(row.article_multilingual ?? 0) === 1,
  }));
}

/** The comments a language's moderators see: written in it, or in a multilingual thread. */
function ofLanguageQueue(db: Db, language: Language) {
  return db
    .selectFrom('comments')
    .leftJoin('debates', (join) =>
      join.onRef('debates.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'debate'),
    )
    .leftJoin('article_comment_settings', (join) =>
      join
        .onRef('article_comment_settings.article_id', '=', 'comments.thread_id')
        .on('comments.thread_kind', '=', 'article'),
    )
    .where((eb) =>
      eb.or([
        eb('comments.language', '=', language),
        eb('debates.multilingual', '=', 1),
        eb('article_comment_settings.multilingual', '=', 1),
      ]),
    );
}

/** How many comments of a language (and of multilingual threads) wait in each queue. */
export async function queueCounts(db: Db, language: Language): Promise<Record<Queue, number>> {
  const rows = await ofLanguageQueue(db, language)
    .select(['comments.status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('comments.status')
    .execute();
  const reported = await ofLanguageQueue(db, language)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('comments.reports', '>', 0)
    .where('comments.status', '!=', 'rejected')
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
