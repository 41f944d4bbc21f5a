/**
 * Finding a word inside stored text with LIKE, ignoring case the same way on both dialects.
 * @example query.where(containsWord(sql`articles.headline`, 'lake'))
 */
import { type RawBuilder, sql } from 'kysely';

/** The `%…%` LIKE pattern of a text, its pattern characters escaped with `!`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
}

/**
 * True where `text` contains `word`, in any case. PostgreSQL's lower() folds every script;
 * SQLite's folds only ASCII (and its LIKE ignores only ASCII case), so the word is also tried
 * in capitals and with a capital first letter: "über" then finds a stored "Über" or "ÜBER"
 * on SQLite too.
 */
export function containsWord(text: RawBuilder<string>, word: string): RawBuilder<boolean> {
  const lower = word.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return sql<boolean>`(lower(${text}) like ${containsPattern(lower)} escape '!' or ${text} like ${containsPattern(capital)} escape '!' or ${text} like ${containsPattern(word.toUpperCase())} escape '!')`;
}
