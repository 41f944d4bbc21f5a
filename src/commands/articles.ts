/**
 * Use cases for the text of articles: create, update (an edit, perhaps with a step asked
 * through status or publishAt) and restoring an old revision. Each runs in one transaction;
 * a 2xx answer means the whole change is stored. Changes go through `changeArticle`
 * (./change-article.ts); the steps of the workflow live in ./workflow.ts, the history in
 * ./revisions.ts. Which step may start from which status, for whom, and whether an edit
 * applies or waits for review is the workflow table's (src/domain/workflow.ts).
 * Longer than 300 lines: create, update and restore share the checks of references, slugs and
 * translation review; splitting them would scatter one article's rules over files.
 * @example await createArticle(ctx, { language: 'en', headline: 'Hello', section: 'politics' })
 */
import {
  type Article,
  type ArticleType,
  assertPublishable,
  type Hero,
  publishTimes,
} from '../domain/article.js';
import { type BodyDoc, emptyBody, mediaIdsOf, relatedIdsOf } from '../domain/body.js';
import { DomainError, invalid } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import { type RevisionKind, snapshotOf } from '../domain/revisions.js';
import { scriptNeedsSlugRule, versionSlug } from '../domain/slugs.js';
import { copiedKeys, freshReview, markReviewed, translationRefusal } from '../domain/translation-review.js';
import { editEffect, requestedStep, type Step } from '../domain/workflow.js';
import { htmlToBody } from '../editor/html-to-body.js';
import { newId } from '../lib/ids.js';
import { slugify } from '../lib/urls.js';
import type { Db } from '../storage/db.js';
import { findArticle, insertArticle, insertStory, storyVersions } from '../storage/repos/articles.js';
import { findMedia, missingMediaIds } from '../storage/repos/media.js';
import { findRevision } from '../storage/repos/revisions.js';
import { missingSlugs } from '../storage/repos/taxonomy.js';
import { findReview, saveReview } from '../storage/repos/translations.js';
import { indexArticle } from '../storage/search.js';
import { type ArticleChange, changeArticle, requireStep } from './change-article.js';
import { authorize, type CommandContext } from './context.js';
import { assertImagesCredited } from './image-texts.js';
import { recordRevision, workingCopy } from './revisions.js';

export interface HeroInput {
  mediaId: string;
  alt?: string | undefined;
  caption?: string | null | undefined;
  credit?: string | null | undefined;
}

/** Fields an editor sets on an article; every one optional on update. */
export interface ArticleFields {
  type?: ArticleType | undefined;
  section?: string | null | undefined;
  headline?: string | undefined;
  lead?: string | undefined;
  kicker?: string | null | undefined;
  dateline?: string | null | undefined;
  body?: BodyDoc | undefined;
  html?: string | undefined;
  hero?: HeroInput | null | undefined;
  authors?: string[] | undefined;
  topics?: string[] | undefined;
  source?: string | null | undefined;
  status?: 'draft' | 'scheduled' | 'published' | undefined;
  publishAt?: string | null | undefined;
}

export interface ArticleCreateInput extends ArticleFields {
  language: Language;
  translationOf?: string | undefined;
  /** With `translationOf`: the fields a person has already reviewed (every other one is not; ADR 0024). */
  reviewed?: readonly string[] | undefined;
}

function bodyOf(fields: ArticleFields, publicUrl: string | undefined): BodyDoc | undefined {
  if (fields.body && fields.html !== undefined) throw invalid('html', 'Give either body or html, not both');
  if (fields.html !== undefined) return htmlToBody(fields.html, publicUrl);
  return fields.body;
}

async function resolveHero(db: Db, hero: HeroInput | null | undefined): Promise<Hero | null | undefined> {
  if (hero === undefined || hero === null) return hero;
  const media = await findMedia(db, hero.mediaId);
  if (!media) throw invalid('hero.mediaId', `No media with id ${hero.mediaId}`);
  const alt = (hero.alt ?? media.alt).trim();
  if (!alt) throw invalid('hero.alt', 'The hero image needs alt text');
  return {
    mediaId: media.id,
    alt,
    caption: hero.caption === undefined ? media.caption : hero.caption,
    credit: hero.credit === undefined ? media.credit : hero.credit,
  };
}

/** Checks that every slug, media id and related article an article points to exists. */
export async function checkReferences(db: Db, article: Article): Promise<void> {
  if (article.sectionSlug && (await missingSlugs(db, 'sections', [article.sectionSlug])).length > 0) {
    throw invalid('section', `No section with slug ${article.sectionSlug}`);
  }
  const [author] = await missingSlugs(db, 'authors', article.authors);
  if (author) throw invalid('authors', `No author with slug ${author}`);
  const [topic] = await missingSlugs(db, 'topics', article.topics);
  if (topic) throw invalid('topics', `No topic with slug ${topic}`);
  const [media] = await missingMediaIds(db, mediaIdsOf(article.body));
  if (media) throw invalid('body', `The body shows an image with unknown media id ${media}`);
  for (const relatedId of relatedIdsOf(article.body)) {
    if (relatedId === article.id) throw invalid('body', 'A "More" box cannot point to its own article');
    if (!(await findArticle(db, relatedId)))
      throw invalid('body', `A "More" box points to unknown article ${relatedId}`);
  }
}

/**
 * The article after a step asked through its fields (status, publishAt); the table has
 * already allowed the step. Checks what the new status needs.
 */
function applyStep(article: Article, step: Step | null, fields: ArticleFields, now: Date): Article {
  if (step === null) return article;
  if (step === 'toDraft') return { ...article, status: 'draft', publishAt: null };
  assertPublishable(article);
  if (step === 'schedule' || step === 'reschedule') {
    const publishAt = fields.publishAt === undefined ? article.publishAt : fields.publishAt;
    if (!publishAt) throw invalid('publishAt', 'A scheduled article needs publishAt');
    return { ...article, status: 'scheduled', publishAt };
  }
  return { ...article, status: 'published', publishAt: null, ...publishTimes(article, now) };
}

function merge(
  article: Article,
  fields: ArticleFields,
  body: BodyDoc | undefined,
  hero: Hero | null | undefined,
): Article {
  const text = (value: string | null | undefined, current: string | null) =>
    value === undefined ? current : value === null ? null : value.trim() || null;
  return {
    ...article,
    type: fields.type ?? article.type,
    sectionSlug: fields.section === undefined ? article.sectionSlug : fields.section,
    headline: fields.headline === undefined ? article.headline : fields.headline.trim(),
    lead: fields.lead === undefined ? article.lead : fields.lead.trim(),
    kicker: text(fields.kicker, article.kicker),
    dateline: text(fields.dateline, article.dateline),
    body: body ?? article.body,
    hero: hero === undefined ? article.hero : hero,
    authors: fields.authors ?? article.authors,
    topics: fields.topics ?? article.topics,
    source: text(fields.source, article.source),
  };
}

/** Creates an article (and its story, unless it is a translation of an existing one). */
export async function createArticle(
  ctx: CommandContext,
  input: ArticleCreateInput,
  options: { publicUrl?: string } = {},
): Promise<Article> {
  authorize(ctx.actor, 'article.create');
  return ctx.db.transaction().execute((trx) => createArticleIn(trx, ctx, input, options));
}

/**
 * `createArticle` inside a transaction the caller holds (several versions made at once). A
 * version of another language's story always gets its review state and goes out at once only
 * past the guard. Made by "Translate" (`provider` given: the machine, or null for a copy),
 * every field is unreviewed; written by a person (the API's create with `translationOf`), the
 * fields still holding the original's text are, less those named in `reviewed`.
 */
export async function createArticleIn(
  trx: Db,
  ctx: CommandContext,
  input: ArticleCreateInput,
  options: { publicUrl?: string; provider?: string | null | undefined } = {},
): Promise<Article> {
  authorize(ctx.actor, 'article.create');
  const body = bodyOf(input, options.publicUrl) ?? emptyBody();
  let storyId = newId();
  let newStory = true;
  let original: Article | null = null;
  if (input.translationOf) {
    original = await findArticle(trx, input.translationOf);
    if (!original) throw invalid('translationOf', `No article with id ${input.translationOf}`);
    await requireStep(trx, ctx, 'translate', original);
    const versions = await storyVersions(trx, original.storyId);
    if (versions.some((v) => v.language === input.language)) {
      throw new DomainError('conflict', `This story already has a ${input.language} version`, 'language');
    }
    storyId = original.storyId;
    newStory = false;
  }
  const iso = ctx.now.toISOString();
  const id = newId();
  const blank: Article = {
    id,
    storyId,
    language: input.language,
    type: 'news',
    status: 'draft',
    slug: '',
    headline: '',
    lead: '',
    kicker: null,
    dateline: null,
    body: emptyBody(),
    hero: null,
    sectionSlug: null,
    authors: [],
    topics: [],
    source: null,
    firstPublishedAt: null,
    updatedAt: null,
    publishAt: null,
    createdAt: iso,
    modifiedAt: iso,
    createdBy: ctx.actor.id,
    version: 1,
  };
  const merged = merge(blank, input, body, await resolveHero(trx, input.hero));
  // A new article starts as its creator's draft; a status asked at once is a step from there.
  const step = requestedStep(blank, input);
  if (step) await requireStep(trx, ctx, step, blank);
  // A version of another language's story, and any article in a non-Latin script, gets an
  // ASCII slug from its own headline (ADR 0024).
  const slug =
    input.translationOf || scriptNeedsSlugRule(merged.language)
      ? versionSlug(merged.headline, merged.language, id)
      : slugify(merged.headline);
  const article = applyStep({ ...merged, slug }, step, input, ctx.now);
  await checkReferences(trx, article);
  if (step && step !== 'toDraft') await assertImagesCredited(trx, article);
  const made = original && freshReview(article, original, options.provider ?? null, ctx.now);
  // "Translate" marks every field; text a person writes in the request is theirs, a copy is not.
  const open =
    made &&
    original &&
    (options.provider !== undefined ? made.unreviewed : copiedKeys(article, original, made.blocks));
  const review = made &&
    open && { ...made, unreviewed: markReviewed({ ...made, unreviewed: open }, input.reviewed ?? []) };
  if (review && article.status !== 'draft') {
    const refusal = translationRefusal(article, review, undefined);
    if (refusal) throw refusal;
  }
  if (newStory) await insertStory(trx, storyId, iso);
  await insertArticle(trx, article);
  if (review) await saveReview(trx, review);
  await indexArticle(trx, article);
  await recordRevision(
    trx,
    ctx,
    article.id,
    article.status === 'draft' ? 'created' : article.status === 'scheduled' ? 'scheduled' : 'published',
    snapshotOf(article),
  );
  return article;
}

/**
 * Changes an article. With `expectedVersion`, refuses (409) when somebody saved since.
 * A change of status or publishAt is a step of the workflow table like any other; the edit of
 * the text applies, or waits as the pending revision (the stored version stays as the desk
 * approved it), as the table says for the article's status and the actor: on request (`hold`),
 * and always for someone who may not publish, on a scheduled or published article.
 */
export async function updateArticle(
  ctx: CommandContext,
  id: string,
  fields: ArticleFields,
  options: {
    expectedVersion?: number | undefined;
    publicUrl?: string;
    hold?: boolean | undefined;
    revisionKind?: RevisionKind;
    restoredFrom?: number;
    /** Fields of a translation a person has reviewed (ADR 0024). */
    reviewed?: readonly string[] | undefined;
    /** An editor's reason to publish although the language check doubts the text. */
    overrideReason?: string | undefined;
  } = {},
): Promise<Article> {
  const body = bodyOf(fields, options.publicUrl);
  // Restoring a revision is its own step of the table, with the same effect as an edit.
  const editStep = options.restoredFrom ? 'restore' : 'edit';
  const restored = options.restoredFrom ? { restoredFrom: options.restoredFrom } : {};
  const change: ArticleChange = {
    doing: 'saving',
    overrideReason: options.overrideReason,
    steps: (current) => {
      const step = requestedStep(current, fields);
      return step ? [editStep, step] : [editStep];
    },
    plan: async (trx, current, owned) => {
      const step = requestedStep(current, fields);
      const effect = editEffect(ctx.actor, current, owned, options.hold === true && step === null, editStep);
      const { article: base, pendingId } = await workingCopy(trx, current);
      const reviewed = options.reviewed ? await reviewable(trx, current, options.reviewed) : undefined;
      const merged = merge(base, fields, body, await resolveHero(trx, fields.hero));
      if (effect.kind === 'hold' && step === null) {
        // Readers (and the scheduled job) keep the approved version; the edit waits as the pending revision.
        await checkReferences(trx, merged);
        const snapshot = {
          ...snapshotOf(merged),
          status: current.status,
          publishAt: current.publishAt,
          ...restored,
        };
        return { article: current, snapshot, pending: 'hold', revisionKind: 'pending', reviewed };
      }
      let next = applyStep(await followHeadline(trx, current, merged), step, fields, ctx.now);
      if (
        current.status === 'published' &&
        next.status === 'published' &&
        next.firstPublishedAt === current.firstPublishedAt
      ) {
        next = { ...next, updatedAt: ctx.now.toISOString() };
      }
      await checkReferences(trx, next);
      if (step && step !== 'toDraft') await assertImagesCredited(trx, next);
      const statusKind =
        next.status !== current.status && next.status !== 'draft' && next.status !== 'in_review'
          ? next.status
          : 'saved';
      return {
        article: next,
        snapshot: { ...snapshotOf(next), ...restored },
        pending: pendingId ? 'clear' : 'keep',
        revisionKind: statusKind,
        reviewed,
      };
    },
  };
  return changeArticle(ctx, id, options.expectedVersion, change, options.revisionKind);
}

/**
 * A version made by "Translate" that readers have never seen: its slug follows its headline,
 * so the reviewed headline (not the machine's) names its URL (ADR 0024).
 */
async function followHeadline(trx: Db, current: Article, next: Article): Promise<Article> {
  if (current.firstPublishedAt || next.headline === current.headline) return next;
  if (!(await findReview(trx, current.id))) return next;
  return { ...next, slug: versionSlug(next.headline, next.language, next.id) };
}

/**
 * The fields to mark reviewed, once checked: 400 for an unknown name or an article with no
 * review state. They are marked by `changeArticle`, in the body as the edit leaves it.
 */
async function reviewable(
  trx: Db,
  article: Article,
  reviewed: readonly string[],
): Promise<readonly string[]> {
  const review = await findReview(trx, article.id);
  if (!review)
    throw invalid(
      'reviewed',
      'This article is not a version made by "Translate": it has no fields to review',
    );
  markReviewed(review, reviewed);
  return reviewed;
}

/**
 * Brings back an old revision's content as a new revision: the workflow's `restore` step,
 * which lands like an edit (on a scheduled or published article it applies for those who may
 * publish, else it waits as the pending revision).
 */
export async function restoreRevision(
  ctx: CommandContext,
  id: string,
  number: number,
  options: { hold?: boolean | undefined } = {},
): Promise<Article> {
  const revision = await findRevision(ctx.db, id, number);
  if (!revision) throw new DomainError('not_found', `Article ${id} has no revision ${number}`);
  const old = revision.snapshot;
  return updateArticle(
    ctx,
    id,
    {
      type: old.type,
      section: old.sectionSlug,
      headline: old.headline,
      lead: old.lead,
      kicker: old.kicker,
      dateline: old.dateline,
      body: old.body,
      hero: old.hero,
      authors: old.authors,
      topics: old.topics,
      source: old.source,
    },
    { hold: options.hold, revisionKind: 'restored', restoredFrom: number },
  );
}
