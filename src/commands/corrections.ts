/**
 * Adding a correction to an article: the note is stored and the article counts as updated
 * (so feeds, sitemaps and structured data show the new modification time), in one transaction.
 * The newsroom's form may put the same note on several language versions of a story at once
 * (`addCorrections`): every version is checked and written in the same transaction, so the
 * note is on all of them or on none.
 * @example await addCorrection(ctx, articleId, { kind: 'correction', text: 'An earlier version gave the wrong date.' })
 * @example await addCorrections(ctx, articleId, { kind: 'update', text: 'Updated.', languages: ['en', 'de'] })
 */
import type { Article } from '../domain/article.js';
import { type Correction, type CorrectionKind, MAX_CORRECTION_LENGTH } from '../domain/corrections.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import { findArticle, storyVersions, updateArticle } from '../storage/repos/articles.js';
import { insertCorrection } from '../storage/repos/corrections.js';
import { authorize, type CommandContext } from './context.js';

export interface CorrectionInput {
  kind: CorrectionKind;
  text: string;
}

/** The note's text, trimmed; a validation error naming `text` when empty or too long. */
function checkedText(input: CorrectionInput): string {
  const text = input.text.trim();
  if (!text) throw invalid('text', 'The correction needs a text');
  if (text.length > MAX_CORRECTION_LENGTH) {
    throw invalid('text', `The text is longer than ${MAX_CORRECTION_LENGTH} characters`);
  }
  return text;
}

/** Writes one note on one article inside `trx`: the rules every correction follows. */
async function correctIn(
  trx: Db,
  ctx: CommandContext,
  articleId: string,
  kind: CorrectionKind,
  text: string,
): Promise<{ correction: Correction; article: Article }> {
  const current = await findArticle(trx, articleId);
  if (!current) throw new DomainError('not_found', `No article with id ${articleId}`);
  if (!current.firstPublishedAt) {
    throw new DomainError(
      'conflict',
      `Only an article that readers have seen can be corrected (the ${current.language} version has not been published)`,
      'articleId',
    );
  }
  const iso = ctx.now.toISOString();
  const correction: Correction = {
    id: newId(),
    articleId,
    kind,
    text,
    createdAt: iso,
    createdBy: ctx.actor.id,
  };
  await insertCorrection(trx, correction);
  const article: Article = { ...current, updatedAt: iso, modifiedAt: iso, version: current.version + 1 };
  if (!(await updateArticle(trx, article, current.version))) {
    throw new DomainError('conflict', 'The article was changed by someone else while correcting', 'version');
  }
  return { correction, article };
}

export async function addCorrection(
  ctx: CommandContext,
  articleId: string,
  input: CorrectionInput,
): Promise<{ correction: Correction; article: Article }> {
  authorize(ctx.actor, 'article.correct');
  const text = checkedText(input);
  return ctx.db.transaction().execute((trx) => correctIn(trx, ctx, articleId, input.kind, text));
}

/**
 * The same note on the chosen language versions of the story of `articleId` (at least one,
 * each published at least once); answers what was written, in the order of `languages`.
 */
export async function addCorrections(
  ctx: CommandContext,
  articleId: string,
  input: CorrectionInput & { languages: readonly Language[] },
): Promise<Array<{ correction: Correction; article: Article }>> {
  authorize(ctx.actor, 'article.correct');
  const text = checkedText(input);
  const languages = [...new Set(input.languages)];
  if (languages.length === 0) throw invalid('languages', 'Choose at least one language version');
  return ctx.db.transaction().execute(async (trx) => {
    const article = await findArticle(trx, articleId);
    if (!article) throw new DomainError('not_found', `No article with id ${articleId}`);
    const versions = await storyVersions(trx, article.storyId);
    const written: Array<{ correction: Correction; article: Article }> = [];
    for (const language of languages) {
      const version = versions.find((v) => v.language === language);
      if (!version) throw invalid('languages', `The story has no ${language} version`);
      written.push(await correctIn(trx, ctx, version.id, input.kind, text));
    }
    return written;
  });
}
