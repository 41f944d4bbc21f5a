/**
 * The banned and suspect word lists of each language.
 * @example const { banned, suspect } = await wordLists(db, 'fr')
 */
import type { Db } from '../db.js';

export type WordKind = 'banned' | 'suspect';

export async function wordLists(db: Db, language: string): Promise<{ banned: string[]; suspect: string[] }> {
  const rows = await db
    .selectFrom('moderation_words')
    .select(['kind', 'word'])
    .where('language', '=', language)
    .orderBy('word')
    .execute();
  return {
    banned: rows.filter((r) => r.kind === 'banned').map((r) => r.word),
    suspect: rows.filter((r) => r.kind === 'suspect').map((r) => r.word),
  };
}

/** Replaces one word list of a language. */
export async function replaceWordList(
  db: Db,
  language: string,
  kind: WordKind,
  words: string[],
): Promise<void> {
  await db.deleteFrom('moderation_words').where('language', '=', language).where('kind', '=', kind).execute();
  const unique = [...new Set(words)];
  if (unique.length > 0)
    await db
      .insertInto('moderation_words')
      .values(unique.map((word) => ({ language, kind, word })))
      .execute();
}
