/**
 * Translating a version again from its original as it is now (ADR 0024, amended): chosen
 * fields or all of them (`retranslateVersion`, the API's
 * `POST /articles/{id}/translations/{language}/retranslate`), or only what changed in the
 * original since the version was made ("the original was updated", `retranslateChanged`).
 * Body blocks are taken by position from the original's current body. Fields a person has
 * reviewed are kept unless the caller asks to overwrite them; what the machine (or the copy)
 * writes is unreviewed. A version readers see (published or scheduled) gets the new text as a
 * held edit, which goes live only through the publish guard.
 * @example await retranslateVersion(ctx, mt, versionId, { fields: ['lead', 'body.2'], overwriteReviewed: false })
 */
import type { Article } from '../domain/article.js';
import type { BlockNode } from '../domain/body.js';
import { DomainError, invalid } from '../domain/errors.js';
import { snapshotOf } from '../domain/revisions.js';
import {
  isReviewName,
  markReviewed,
  reviewKeysOf,
  sourceTextOf,
  storedKey,
  type TranslationReview,
} from '../domain/translation-review.js';
import type { MachineTranslation } from '../integrations/machine-translation.js';
import { findArticle } from '../storage/repos/articles.js';
import { findReview } from '../storage/repos/translations.js';
import { changeArticle, requireStep } from './change-article.js';
import type { CommandContext } from './context.js';
import { workingCopy } from './revisions.js';
import { versionText } from './translations.js';

/** What to translate again: public field names (default: every field) and whether reviewed ones are overwritten. */
export interface RetranslateOptions {
  fields?: readonly string[] | undefined;
  overwriteReviewed?: boolean | undefined;
}

const NAMED = ['headline', 'kicker', 'lead', 'hero.alt', 'hero.caption'] as const;

/** The positions of the original's body a request names (`body` = all of them). */
function blockPositions(fields: readonly string[], length: number): number[] {
  if (fields.includes('body')) return Array.from({ length }, (_, i) => i);
  const asked = fields
    .map((name) => /^body\.(\d+)/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  return [...new Set(asked)].filter((i) => i < length).sort((a, b) => a - b);
}

/** Translates the named fields of a version again from the original's current text. */
export async function retranslateVersion(
  ctx: CommandContext,
  mt: MachineTranslation | undefined,
  id: string,
  options: RetranslateOptions = {},
): Promise<{ article: Article; review: TranslationReview }> {
  const version = await findArticle(ctx.db, id);
  if (!version) throw new DomainError('not_found', `No article with id ${id}`);
  await requireStep(ctx.db, ctx, 'edit', version);
  const review = await findReview(ctx.db, id);
  const original = review ? await findArticle(ctx.db, review.sourceId) : null;
  if (!review || !original)
    throw new DomainError('not_found', 'This article is not a version made by "Translate"');
  const fields = options.fields ?? [...NAMED, 'body'];
  const bad = fields.find((name) => !isReviewName(name));
  if (bad !== undefined) throw invalid('fields', `Unknown field "${bad}"`);
  const positions = blockPositions(fields, original.body.content.length);
  const part: Article = {
    ...original,
    body: { type: 'doc', content: positions.map((i) => original.body.content[i] as BlockNode) },
  };
  // The provider is asked before the transaction: no database lock waits on the network.
  const text = await versionText(mt, part, version.language);
  const overwrite = options.overwriteReviewed === true;
  const article = await changeArticle(
    ctx,
    id,
    undefined,
    {
      doing: 'saving',
      steps: () => ['edit'],
      plan: async (trx, current) => {
        const state = (await findReview(trx, id)) ?? review;
        const { article: base } = await workingCopy(trx, current);
        const open = new Set(state.unreviewed);
        // A reviewed field is kept unless asked; a field the version lacks is taken.
        const take = (name: string) => {
          const key = storedKey(name, state.blocks);
          if (overwrite || key === null) return true;
          const keys = reviewKeysOf(base, state.blocks).filter((k) => k === key || k.startsWith(`${key}.`));
          return keys.length === 0 || keys.some((k) => open.has(k));
        };
        const wants = (name: (typeof NAMED)[number]) => fields.includes(name) && take(name);
        const content = [...base.body.content];
        const touched: string[] = [];
        positions.forEach((position, i) => {
          const block = text.body.content[i];
          if (!block || (position < content.length && !take(`body.${position}`))) return;
          content[Math.min(position, content.length)] = block;
          touched.push(`body.${position}`);
        });
        const hero = base.hero && {
          ...base.hero,
          alt: wants('hero.alt') && text.heroAlt ? text.heroAlt : base.hero.alt,
          caption: wants('hero.caption') ? text.heroCaption : base.hero.caption,
        };
        const next: Article = {
          ...base,
          headline: wants('headline') ? text.headline : base.headline,
          lead: wants('lead') ? text.lead : base.lead,
          kicker: wants('kicker') ? text.kicker : base.kicker,
          hero,
          body: { ...base.body, content },
        };
        const named = NAMED.filter((name) => wants(name));
        const marks = [...named, ...touched];
        // Unreviewed: what was, plus every field written now (new blocks follow in changeArticle).
        const everything = reviewKeysOf(next, state.blocks);
        const untouched = markReviewed({ unreviewed: everything, blocks: state.blocks }, marks);
        const unreviewed = everything.filter((k) => open.has(k) || !untouched.includes(k));
        const nextReview: TranslationReview = {
          ...state,
          sourceVersion: original.version,
          sourceText: sourceTextOf(original),
          provider: text.provider ?? state.provider,
          unreviewed,
        };
        if (current.status === 'published' || current.status === 'scheduled') {
          // Readers keep the reviewed text; the machine's waits as the held edit, behind the guard.
          const snapshot = { ...snapshotOf(next), status: current.status, publishAt: current.publishAt };
          return { article: current, snapshot, pending: 'hold', revisionKind: 'pending', review: nextReview };
        }
        return { article: next, pending: 'keep', revisionKind: 'saved', review: nextReview };
      },
    },
    undefined,
  );
  return { article, review: (await findReview(ctx.db, id)) ?? review };
}

/**
 * "The original was updated": translates again only what changed in the original since the
 * version was made (headline, lead, changed paragraphs), overwriting those fields even when
 * reviewed (their original changed). Answers null for an article "Translate" did not make.
 */
export async function retranslateChanged(
  ctx: CommandContext,
  mt: MachineTranslation | undefined,
  id: string,
): Promise<Article | null> {
  const version = await findArticle(ctx.db, id);
  if (!version) throw new DomainError('not_found', `No article with id ${id}`);
  // Whose version it is decides first; an article "Translate" did not make has nothing to redo.
  await requireStep(ctx.db, ctx, 'edit', version);
  const review = await findReview(ctx.db, id);
  const original = review ? await findArticle(ctx.db, review.sourceId) : null;
  if (!review || !original) return null;
  const was = review.sourceText;
  const fields = [
    ...(was.headline !== original.headline ? ['headline'] : []),
    ...(was.lead !== original.lead ? ['lead'] : []),
    ...original.body.content
      .map((block, index) => ({ block, index }))
      .filter(({ block, index }) => JSON.stringify(block) !== JSON.stringify(was.body.content[index]))
      .map(({ index }) => `body.${index}`),
  ];
  if (fields.length === 0) return version;
  const { article } = await retranslateVersion(ctx, mt, id, { fields, overwriteReviewed: true });
  return article;
}
