/**
 * Use cases of transparency: changing the settings of a language, marking a correction
 * as not needed in one translation of the story, and the translations still lacking one.
 * @example await updateTrustSettings(ctx, 'en', { ownership: 'Owned by ...', jtiCertificateUrl: null })
 */
import { DomainError } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import {
  lackingCorrections,
  normalizeTrustChanges,
  type TrustField,
  type TrustSettings,
} from '../domain/trust.js';
import type { Db } from '../storage/db.js';
import { findArticle } from '../storage/repos/articles.js';
import {
  articleOfCorrection,
  correctionsAcrossStories,
  markCorrectionNotNeeded,
  trustSettingsOf,
  writeTrustSettings,
} from '../storage/repos/trust.js';
import { authorize, type CommandContext } from './context.js';

/** Changes the named fields of a language's settings (null or empty removes one); answers them all. */
export async function updateTrustSettings(
  ctx: CommandContext,
  language: Language,
  changes: Partial<Record<TrustField, string | null>>,
): Promise<TrustSettings> {
  authorize(ctx.actor, 'settings.manage');
  const tidy = normalizeTrustChanges(changes);
  return ctx.db.transaction().execute(async (trx) => {
    await writeTrustSettings(trx, language, tidy, { at: ctx.now.toISOString(), userId: ctx.actor.id });
    return trustSettingsOf(trx, language);
  });
}

/** Records that a correction made in one language is not needed in another version of the story. */
export async function markNotNeeded(
  ctx: CommandContext,
  input: { correctionId: string; articleId: string },
): Promise<void> {
  authorize(ctx.actor, 'article.correct');
  const translation = await findArticle(ctx.db, input.articleId);
  if (!translation) throw new DomainError('not_found', `No article with id ${input.articleId}`);
  const sourceId = await articleOfCorrection(ctx.db, input.correctionId);
  const source = sourceId ? await findArticle(ctx.db, sourceId) : null;
  if (!source) throw new DomainError('not_found', `No correction with id ${input.correctionId}`);
  if (source.storyId !== translation.storyId || source.id === translation.id) {
    throw new DomainError(
      'validation_failed',
      'The article is not a translation of the corrected one',
      'articleId',
    );
  }
  await markCorrectionNotNeeded(ctx.db, { ...input, at: ctx.now.toISOString(), userId: ctx.actor.id });
}

/** The translations lacking a correction made in another language, for one language or all. */
export async function translationsLacking(deps: { store: { db: Db } }, language: Language | undefined) {
  const { corrections, versions, notNeeded } = await correctionsAcrossStories(deps.store.db);
  const byId = new Map(versions.map((v) => [v.id, v]));
  return lackingCorrections({ notes: corrections, articles: versions, notNeeded })
    .filter((entry) => !language || entry.translation.language === language)
    .map(({ note, translation }) => ({ note, translation, source: byId.get(note.articleId) ?? null }));
}
