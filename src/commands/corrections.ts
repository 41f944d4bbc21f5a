/**
 * Adding a correction to an article: the note is stored and the article counts as updated
 * (so feeds, sitemaps and structured data show the new modification time), in one transaction.
 * @example await addCorrection(ctx, articleId, { kind: 'correction', text: 'An earlier version gave the wrong date.' })
 */
import type { Article } from '../domain/article.js';
import { type Correction, type CorrectionKind, MAX_CORRECTION_LENGTH } from '../domain/corrections.js';
import { DomainError, invalid } from '../domain/errors.js';
import { newId } from '../lib/ids.js';
import { findArticle, updateArticle } from '../storage/repos/articles.js';
import { insertCorrection } from '../storage/repos/corrections.js';
import { authorize, type CommandContext } from './context.js';

export async function addCorrection(
  ctx: CommandContext,
  articleId: string,
  input: { kind: CorrectionKind; text: string },
): Promise<{ correction: Correction; article: Article }> {
  authorize(ctx.actor, 'article.correct');
  const text = input.text.trim();
  if (!text) throw invalid('text', 'The correction needs a text');
  if (text.length > MAX_CORRECTION_LENGTH) {
    throw invalid('text', `The text is longer than ${MAX_CORRECTION_LENGTH} characters`);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, articleId);
    if (!current) throw new DomainError('not_found', `No article with id ${articleId}`);
    if (!current.firstPublishedAt) {
      throw new DomainError(
        'conflict',
        'Only an article that readers have seen can be corrected',
        'articleId',
      );
    }
    const iso = ctx.now.toISOString();
    const correction: Correction = {
      id: newId(),
      articleId,
      kind: input.kind,
      text,
      createdAt: iso,
      createdBy: ctx.actor.id,
    };
    await insertCorrection(trx, correction);
    const article: Article = { ...current, updatedAt: iso, modifiedAt: iso, version: current.version + 1 };
    if (!(await updateArticle(trx, article, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while correcting',
        'version',
      );
    }
    return { correction, article };
  });
}
