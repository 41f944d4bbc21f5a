/**
 * Debates: a question put to readers in one language (or, multilingual, to readers of every
 * language), open between two times; stored, changed, and listed for the newsroom (with
 * counts) and for readers.
 * @example const debate = await findDebate(db, id) // Debate | null
 */
import type { ExpressionBuilder, Selectable } from 'kysely';
import type { CommentStatus, Debate } from '../../domain/comments.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import type { Schema } from '../schema/database.js';

const toDebate = (row: Selectable<Schema['debates']>): Debate => ({
  id: row.id,
  language: row.language,
  question: row.question,
  intro: row.intro,
  mode: row.mode as Debate['mode'],
  opensAt: row.opens_at,
  closesAt: row.closes_at,
  createdAt: row.created_at,
  createdBy: row.created_by,
  multilingual: Number(row.multilingual) === 1,
});

export async function insertDebate(db: Db, debate: Debate): Promise<void> {
  await db
    .insertInto('debates')
    .values({
      id: debate.id,
      language: debate.language,
      question: debate.question,
      intro: debate.intro,
      mode: debate.mode,
      opens_at: debate.opensAt,
      closes_at: debate.closesAt,
      created_at: debate.createdAt,
      created_by: debate.createdBy,
      multilingual: debate.multilingual ? 1 : 0,
    })
    .execute();
}

export async function findDebate(db: Db, id: string): Promise<Debate | null> {
  const row = await db.selectFrom('debates').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDebate(row) : null;
}

/** Changes a debate's question, introduction, mode and dates; false when there is no such debate. */
export async function updateDebate(
  db: Db,
  debate: Pick<Debate, 'id' | 'question' | 'intro' | 'mode' | 'opensAt' | 'closesAt' | 'multilingual'>,
): Promise<boolean> {
  const result = await db
    .updateTable('debates')
    .set({
      question: debate.question,
      intro: debate.intro,
      mode: debate.mode,
      opens_at: debate.opensAt,
      closes_at: debate.closesAt,
      multilingual: debate.multilingual ? 1 : 0,
    })
    .where('id', '=', debate.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Every debate of a language for the newsroom (and every multilingual one), scheduled ones
 * included, latest opening first, with its approved and pending comment counts in all languages.
 */
export async function newsroomDebates(
  db: Db,
  filter: { language: Language; limit: number; offset: number },
): Promise<Array<Debate & { comments: number; pending: number }>> {
  const count = (status: CommentStatus) => (eb: ExpressionBuilder<Schema, 'debates'>) =>
    eb
      .selectFrom('comments')
      .select((c) => c.fn.countAll<number>().as('n'))
      .whereRef('comments.thread_id', '=', 'debates.id')
      .where('comments.thread_kind', '=', 'debate')
      .where('comments.status', '=', status);
  const rows = await db
    .selectFrom('debates')
    .selectAll('debates')
    .select((eb) => [count('approved')(eb).as('comments'), count('pending')(eb).as('pending')])
    .where((eb) => eb.or([eb('language', '=', filter.language), eb('multilingual', '=', 1)]))
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...toDebate(row),
    comments: Number(row.comments ?? 0),
    pending: Number(row.pending ?? 0),
  }));
}

/**
 * Debates of a language (and every multilingual one) that have opened by `now`, newest first,
 * each with its approved comment count in all languages.
 */
export async function listDebates(
  db: Db,
  filter: { language: Language; now: Date; limit: number; offset: number },
): Promise<Array<Debate & { comments: number }>> {
  const rows = await db
    .selectFrom('debates')
    .selectAll('debates')
    .select((eb) =>
      eb
        .selectFrom('comments')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('comments.thread_id', '=', 'debates.id')
        .where('comments.thread_kind', '=', 'debate')
        .where('comments.status', '=', 'approved')
        .as('comments'),
    )
    .where((eb) => eb.or([eb('language', '=', filter.language), eb('multilingual', '=', 1)]))
    .where('opens_at', '<=', filter.now.toISOString())
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({ ...toDebate(row), comments: Number(row.comments ?? 0) }));
}

/**
 * The debates readers of a language can join at `now` (its own and the multilingual ones),
 * newest first, each with its approved comment count in all languages: the homes show them.
 */
export async function openDebates(
  db: Db,
  filter: { language: Language; now: Date; limit: number },
): Promise<Array<Debate & { comments: number }>> {
  const now = filter.now.toISOString();
  const rows = await db
    .selectFrom('debates')
    .selectAll('debates')
    .select((eb) =>
      eb
        .selectFrom('comments')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('comments.thread_id', '=', 'debates.id')
        .where('comments.thread_kind', '=', 'debate')
        .where('comments.status', '=', 'approved')
        .as('comments'),
    )
    .where((eb) => eb.or([eb('language', '=', filter.language), eb('multilingual', '=', 1)]))
    .where('opens_at', '<=', now)
    .where((eb) => eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', now)]))
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({ ...toDebate(row), comments: Number(row.comments ?? 0) }));
}
