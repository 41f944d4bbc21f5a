/**
 * Comments' machine translations (ADR 0027): asked for when a comment of a multilingual thread
 * is written (one pending row per other language), taken by the translation job when due,
 * then done, unsupported, or put back with a later time; read by page and API for one
 * language at a time.
 * @example await askTranslations(db, comment.id, ['de', 'es'], now); const due = await dueTranslations(db, now, 20);
 */
import type { CommentTranslation, TranslationStatus } from '../../domain/comment-languages.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';

/** Asks for a comment's translations into `languages` (due at once); those already asked for stay as they are. */
export async function askTranslations(
  db: Db,
  commentId: string,
  languages: readonly Language[],
  now: Date,
): Promise<void> {
  if (languages.length === 0) return;
  const at = now.toISOString();
  await db
    .insertInto('comment_translations')
    .values(
      languages.map((language) => ({
        comment_id: commentId,
        language,
        status: 'pending',
        text: null,
        provider: null,
        attempts: 0,
        next_attempt_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['comment_id', 'language']).doNothing())
    .execute();
}

/** A pending translation the job can do now: the comment's text and language with it. */
export interface DueTranslation {
  commentId: string;
  from: string;
  to: Language;
  body: string;
  attempts: number;
}

/** The pending translations due by `now`, longest waiting first. */
export async function dueTranslations(db: Db, now: Date, limit: number): Promise<DueTranslation[]> {
  const rows = await db
    .selectFrom('comment_translations')
    .innerJoin('comments', 'comments.id', 'comment_translations.comment_id')
    .select([
      'comment_translations.comment_id',
      'comment_translations.language',
      'comment_translations.attempts',
      'comments.language as from_language',
      'comments.body',
    ])
    .where('comment_translations.status', '=', 'pending')
    .where('comment_translations.next_attempt_at', '<=', now.toISOString())
    .orderBy('comment_translations.next_attempt_at')
    .orderBy('comment_translations.comment_id')
    .orderBy('comment_translations.language')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    commentId: row.comment_id,
    from: row.from_language,
    to: row.language as Language,
    body: row.body,
    attempts: Number(row.attempts),
  }));
}

/** Ends a translation: done with its text and provider, or unsupported (the provider lacks the pair). */
export async function finishTranslation(
  db: Db,
  key: { commentId: string; language: string },
  outcome: { status: Exclude<TranslationStatus, 'pending'>; text: string | null; provider: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('comment_translations')
    .set({
      status: outcome.status,
      text: outcome.text,
      provider: outcome.provider,
      updated_at: now.toISOString(),
    })
    .where('comment_id', '=', key.commentId)
    .where('language', '=', key.language)
    .execute();
}

/** A failed attempt: counted, and tried again at `next`. */
export async function retryTranslationAt(
  db: Db,
  key: { commentId: string; language: string },
  attempts: number,
  next: Date,
  now: Date,
): Promise<void> {
  await db
    .updateTable('comment_translations')
    .set({ attempts, next_attempt_at: next.toISOString(), updated_at: now.toISOString() })
    .where('comment_id', '=', key.commentId)
    .where('language', '=', key.language)
    .where('status', '=', 'pending')
    .execute();
}

/** The translations of some comments into one language, by comment id. */
export async function translationsInto(
  db: Db,
  commentIds: readonly string[],
  language: Language,
): Promise<Map<string, CommentTranslation>> {
  const found = new Map<string, CommentTranslation>();
  if (commentIds.length === 0) return found;
  const rows = await db
    .selectFrom('comment_translations')
    .selectAll()
    .where('comment_id', 'in', [...commentIds])
    .where('language', '=', language)
    .execute();
  for (const row of rows)
    found.set(row.comment_id, {
      commentId: row.comment_id,
      language: row.language as Language,
      status: row.status as TranslationStatus,
      text: row.text,
      provider: row.provider,
      attempts: Number(row.attempts),
    });
  return found;
}
