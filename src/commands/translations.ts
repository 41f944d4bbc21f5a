/**
 * Translating a story: "Translate into …" makes one linked draft per language (the same
 * story), machine-translated where a provider is configured and can translate the pair,
 * otherwise with the original's text for a person to translate; either way every field is
 * marked unreviewed (ADR 0024). Marking fields reviewed is an edit (`updateArticle` with
 * `reviewed`), the publish guard lives in `changeArticle`, translating again is ./retranslate.ts.
 * @example const drafts = await translateArticle(ctx, mt, id, ['es', 'pt']);
 */
import type { Article } from '../domain/article.js';
import type { BodyDoc } from '../domain/body.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import {
  type ReviewField,
  sourceChanged,
  type TranslationReview,
  unreviewedNames,
} from '../domain/translation-review.js';
import { type MachineTranslation, MachineTranslationError } from '../integrations/machine-translation.js';
import type { Db } from '../storage/db.js';
import { findArticle, storyVersions } from '../storage/repos/articles.js';
import { findReview } from '../storage/repos/translations.js';
import { createArticleIn } from './articles.js';
import { requireStep } from './change-article.js';
import { authorize, type CommandContext } from './context.js';
import { workingCopy } from './revisions.js';

/** One draft made by "Translate", with its review state. */
export interface TranslatedDraft {
  article: Article;
  review: TranslationReview;
}

/** The texts of a version in another language: machine-translated, or the original's copied. */
export interface VersionText {
  headline: string;
  lead: string;
  kicker: string | null;
  heroAlt: string | null;
  heroCaption: string | null;
  body: BodyDoc;
  provider: string | null;
}

/**
 * Makes a draft of the story in each language, in one transaction (all or none). A language
 * the story already has is a 409, the original's own language a 400; nothing is translated then.
 */
export async function translateArticle(
  ctx: CommandContext,
  mt: MachineTranslation | undefined,
  id: string,
  languages: readonly Language[],
): Promise<TranslatedDraft[]> {
  authorize(ctx.actor, 'article.create');
  const original = await findArticle(ctx.db, id);
  if (!original) throw new DomainError('not_found', `No article with id ${id}`);
  await requireStep(ctx.db, ctx, 'translate', original);
  const wanted = [...new Set(languages)];
  if (wanted.length === 0) throw invalid('languages', 'Name at least one language');
  if (wanted.includes(original.language)) {
    throw invalid('languages', `The original is already in ${original.language}`);
  }
  const existing = (await storyVersions(ctx.db, original.storyId)).map((v) => v.language);
  const taken = wanted.find((language) => existing.includes(language));
  if (taken) throw new DomainError('conflict', `This story already has a ${taken} version`, 'languages');
  // The provider is asked before the transaction: no database lock waits on the network.
  const texts = new Map<Language, VersionText>();
  for (const language of wanted) texts.set(language, await versionText(mt, original, language));
  return ctx.db.transaction().execute(async (trx) => {
    const drafts: TranslatedDraft[] = [];
    for (const language of wanted) {
      const text = texts.get(language) as VersionText;
      const article = await createArticleIn(
        trx,
        ctx,
        {
          language,
          translationOf: original.id,
          type: original.type,
          section: original.sectionSlug,
          headline: text.headline,
          lead: text.lead,
          kicker: text.kicker,
          dateline: original.dateline,
          body: text.body,
          hero: original.hero && {
            mediaId: original.hero.mediaId,
            alt: text.heroAlt ?? original.hero.alt,
            caption: text.heroCaption,
            credit: original.hero.credit,
          },
          authors: original.authors,
          topics: original.topics,
          source: original.source,
        },
        { provider: text.provider },
      );
      const review = (await findReview(trx, article.id)) as TranslationReview;
      drafts.push({ article, review });
    }
    return drafts;
  });
}

/** The original's texts in `to`: by the provider when it can, else copied for a person to translate. */
export async function versionText(
  mt: MachineTranslation | undefined,
  original: Article,
  to: Language,
): Promise<VersionText> {
  const copy: VersionText = {
    headline: original.headline,
    lead: original.lead,
    kicker: original.kicker,
    heroAlt: original.hero?.alt ?? null,
    heroCaption: original.hero?.caption ?? null,
    body: original.body,
    provider: null,
  };
  if (!mt || !(await mt.canTranslate(original.language, to))) return copy;
  const fields = [copy.headline, copy.lead, copy.kicker ?? '', copy.heroAlt ?? '', copy.heroCaption ?? ''];
  try {
    const [headline, lead, kicker, heroAlt, heroCaption] = await mt.translateTexts(
      fields,
      original.language,
      to,
    );
    const body = await mt.translateBody(original.body, original.language, to);
    const orNull = (text: string | undefined, was: string | null) => (was === null ? null : (text ?? was));
    return {
      headline: headline ?? copy.headline,
      lead: lead ?? copy.lead,
      kicker: orNull(kicker, copy.kicker),
      heroAlt: orNull(heroAlt, copy.heroAlt),
      heroCaption: orNull(heroCaption, copy.heroCaption),
      body,
      provider: mt.provider,
    };
  } catch (error) {
    // A provider that fails leaves the version to a person, as when none is configured.
    if (error instanceof MachineTranslationError) return copy;
    throw error;
  }
}

/** What the staff API and the newsroom show of a version's review; null for an article not made by "Translate". */
export async function translationState(
  db: Db,
  articleId: string,
): Promise<{
  sourceId: string;
  sourceVersion: number;
  provider: string | null;
  machineTranslated: boolean;
  unreviewed: ReviewField[];
  sourceUpdated: boolean;
} | null> {
  const review = await findReview(db, articleId);
  const version = review && (await findArticle(db, articleId));
  if (!review || !version) return null;
  const source = await findArticle(db, review.sourceId);
  // The review follows the working copy: the held edit of a live version when there is one.
  const working = (await workingCopy(db, version)).article;
  return {
    sourceId: review.sourceId,
    sourceVersion: review.sourceVersion,
    provider: review.provider,
    machineTranslated: review.provider !== null,
    unreviewed: unreviewedNames(review, working),
    sourceUpdated: source !== null && sourceChanged(review.sourceText, source),
  };
}
