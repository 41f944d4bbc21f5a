/**
 * The comment settings moderators change: how an article takes comments, and the banned and
 * suspect word lists of a language.
 * @example await setCommentMode(ctx, articleId, { mode: 'premoderated' });
 */
import type { CommentMode } from '../domain/comments.js';
import { DomainError } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { findThread, setArticleCommentSettings } from '../storage/repos/comment-threads.js';
import { replaceWordList, type WordKind, wordLists } from '../storage/repos/word-lists.js';
import { authorize, type CommandContext } from './context.js';
import { instantOf } from './debates.js';

/**
 * Sets how an article takes comments: open, pre-moderated, or closed (now, or from a date);
 * and whether they are multilingual (ADR 0027; kept as it is when not given).
 */
export async function setCommentMode(
  ctx: CommandContext,
  articleId: string,
  input: { mode: CommentMode; closesAt?: string | null | undefined; multilingual?: boolean | undefined },
): Promise<void> {
  authorize(ctx.actor, 'comment.moderate');
  const thread = await findThread(ctx.db, { kind: 'article', id: articleId });
  if (!thread) throw new DomainError('not_found', `No published article with id ${articleId}`);
  await setArticleCommentSettings(ctx.db, {
    articleId,
    mode: input.mode,
    multilingual: input.multilingual ?? thread.multilingual,
    closesAt: input.closesAt ? instantOf('closesAt', input.closesAt) : null,
    at: ctx.now.toISOString(),
    by: ctx.actor.id,
  });
}

/** Replaces a language's banned (refused) and suspect (queued) word lists. */
export async function setWordLists(
  ctx: CommandContext,
  language: Language,
  lists: Partial<Record<WordKind, string[]>>,
): Promise<{ banned: string[]; suspect: string[] }> {
  authorize(ctx.actor, 'comment.moderate');
  const clean = (words: string[]) =>
    words.map((w) => w.normalize('NFKC').toLowerCase().trim()).filter((w) => w.length > 0 && w.length <= 100);
  await ctx.db.transaction().execute(async (trx) => {
    for (const kind of ['banned', 'suspect'] as const) {
      const words = lists[kind];
      if (words) await replaceWordList(trx, language, kind, clean(words));
    }
  });
  return wordLists(ctx.db, language);
}
