/**
 * Use cases for articles: create, update, publish, unpublish, and publishing what is due.
 * Each runs in one transaction; a 2xx answer means the whole change is stored.
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
import { htmlToBody } from '../editor/html-to-body.js';
import { newId } from '../lib/ids.js';
import { slugify } from '../lib/urls.js';
import type { Db } from '../storage/db.js';
import {
  dueScheduledIds,
  findArticle,
  insertArticle,
  insertStory,
  storyVersions,
  updateArticle as writeArticle,
} from '../storage/repos/articles.js';
import { findMedia, missingMediaIds } from '../storage/repos/media.js';
import { missingSlugs } from '../storage/repos/taxonomy.js';
import { indexArticle, unindexArticle } from '../storage/search.js';
import { authorize, type CommandContext } from './context.js';

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
async function checkReferences(db: Db, article: Article): Promise<void> {
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

/** Applies a requested status, checking the right to publish and what publishing needs. */
function applyStatus(article: Article, fields: ArticleFields, ctx: CommandContext): Article {
  const status = fields.status;
  if (status === undefined || status === article.status) {
    if (article.status === 'scheduled' && fields.publishAt !== undefined) {
      if (!fields.publishAt) throw invalid('publishAt', 'A scheduled article needs publishAt');
      return { ...article, publishAt: fields.publishAt };
    }
    return article;
  }
  if (status === 'draft') {
    if (article.status === 'published') authorize(ctx.actor, 'article.unpublish');
    return { ...article, status: 'draft', publishAt: null };
  }
  authorize(ctx.actor, 'article.publish');
  assertPublishable(article);
  if (status === 'scheduled') {
    const publishAt = fields.publishAt ?? article.publishAt;
    if (!publishAt) throw invalid('publishAt', 'A scheduled article needs publishAt');
    return { ...article, status: 'scheduled', publishAt };
  }
  return { ...article, status: 'published', publishAt: null, ...publishTimes(article, ctx.now) };
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
  const body = bodyOf(input, options.publicUrl) ?? emptyBody();
  return ctx.db.transaction().execute(async (trx) => {
    let storyId = newId();
    let newStory = true;
    if (input.translationOf) {
      const original = await findArticle(trx, input.translationOf);
      if (!original) throw invalid('translationOf', `No article with id ${input.translationOf}`);
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
    const article = applyStatus({ ...merged, slug: slugify(merged.headline) }, input, ctx);
    await checkReferences(trx, article);
    if (newStory) await insertStory(trx, storyId, iso);
    await insertArticle(trx, article);
    await indexArticle(trx, article);
    return article;
  });
}

/**
 * Changes an article. With `expectedVersion`, refuses (409) when somebody saved since.
 * A change to a published article marks it updated for readers.
 */
export async function updateArticle(
  ctx: CommandContext,
  id: string,
  fields: ArticleFields,
  options: { expectedVersion?: number | undefined; publicUrl?: string } = {},
): Promise<Article> {
  authorize(ctx.actor, 'article.update');
  const body = bodyOf(fields, options.publicUrl);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      throw new DomainError(
        'conflict',
        `The article was changed by someone else (now version ${current.version}, you edited version ${options.expectedVersion})`,
        'version',
      );
    }
    const merged = merge(current, fields, body, await resolveHero(trx, fields.hero));
    let next = applyStatus(merged, fields, ctx);
    if (
      current.status === 'published' &&
      next.status === 'published' &&
      next.firstPublishedAt === current.firstPublishedAt
    ) {
      next = { ...next, updatedAt: ctx.now.toISOString() };
    }
    next = { ...next, modifiedAt: ctx.now.toISOString(), version: current.version + 1 };
    await checkReferences(trx, next);
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError('conflict', 'The article was changed by someone else while saving', 'version');
    }
    await indexArticle(trx, next);
    return next;
  });
}

/** Publishes an article now. Publishing a published article changes nothing. */
export async function publishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.publish');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    if (current.status === 'published') return current;
    assertPublishable(current);
    const next: Article = {
      ...current,
      status: 'published',
      publishAt: null,
      ...publishTimes(current, ctx.now),
      modifiedAt: ctx.now.toISOString(),
      version: current.version + 1,
    };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while publishing',
        'version',
      );
    }
    await indexArticle(trx, next);
    return next;
  });
}

/** Takes an article off the reader site; its URL answers 404 (later 410) until republished. */
export async function unpublishArticle(ctx: CommandContext, id: string): Promise<Article> {
  authorize(ctx.actor, 'article.unpublish');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findArticle(trx, id);
    if (!current) throw new DomainError('not_found', `No article with id ${id}`);
    if (current.status === 'unpublished' || current.status === 'draft') return current;
    const next: Article = {
      ...current,
      status: 'unpublished',
      publishAt: null,
      modifiedAt: ctx.now.toISOString(),
      version: current.version + 1,
    };
    if (!(await writeArticle(trx, next, current.version))) {
      throw new DomainError(
        'conflict',
        'The article was changed by someone else while unpublishing',
        'version',
      );
    }
    await unindexArticle(trx, id);
    return next;
  });
}

/**
 * Publishes every scheduled article whose time has come, once each, also when several
 * instances run this at the same moment. Answers the ids it published.
 */
export async function publishDueArticles(db: Db, now: Date): Promise<string[]> {
  const published: string[] = [];
  for (const id of await dueScheduledIds(db, now)) {
    const done = await db.transaction().execute(async (trx) => {
      const current = await findArticle(trx, id);
      if (current?.status !== 'scheduled') return false;
      const next: Article = {
        ...current,
        status: 'published',
        publishAt: null,
        ...publishTimes(current, now),
        modifiedAt: now.toISOString(),
        version: current.version + 1,
      };
      const written = await writeArticle(trx, next, current.version);
      if (written) await indexArticle(trx, next);
      return written;
    });
    if (done) published.push(id);
  }
  return published;
}
