/**
 * The public read API: published articles by language, section, topic and author, and one
 * article with its body and translations. Cacheable (ETag, Cache-Control) and open to other
 * origins (CORS); drafts never appear.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { type ArticleWithoutBody, articlePath } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { pickLocalized } from '../../../domain/languages.js';
import { renditionPath, renditionsOf } from '../../../domain/media.js';
import { findArticle } from '../../../storage/repos/articles.js';
import { correctionsOf } from '../../../storage/repos/corrections.js';
import { findMediaMany } from '../../../storage/repos/media.js';
import { countPublished, latestPublished, publishedTranslations } from '../../../storage/repos/reader.js';
import { findAuthors, listSections } from '../../../storage/repos/taxonomy.js';
import { defineRoute } from '../../api-route.js';
import { cacheable } from '../../cacheable-json.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { presentCorrection } from '../../presenters.js';
import { PublicArticleListSchema, PublicArticleSchema, PublicListQuerySchema } from '../../schemas/public.js';

export function apiPublicRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] }));

  /** Summaries of published articles, with their images, sections and authors loaded in bulk. */
  const summaries = async (articles: readonly ArticleWithoutBody[]) => {
    const [media, sections, authors] = await Promise.all([
      findMediaMany(
        db,
        articles.flatMap((a) => (a.hero ? [a.hero.mediaId] : [])),
      ),
      listSections(db),
      findAuthors(db, [...new Set(articles.flatMap((a) => a.authors))]),
    ]);
    return articles.map((article) => {
      const section = sections.find((s) => s.slug === article.sectionSlug);
      const stored = article.hero ? media.get(article.hero.mediaId) : undefined;
      const renditions = stored ? renditionsOf(stored, 'webp') : [];
      const main = renditions.find((r) => r.width >= 960) ?? renditions.at(-1);
      return {
        id: article.id,
        storyId: article.storyId,
        language: article.language,
        type: article.type,
        url: `${deps.publicUrl}${articlePath(article)}`,
        headline: article.headline,
        lead: article.lead,
        kicker: article.kicker,
        section: section ? { slug: section.slug, name: pickLocalized(section.name, article.language) } : null,
        authors: authors
          .filter((a) => article.authors.includes(a.slug))
          .map((a) => ({
            slug: a.slug,
            name: pickLocalized(a.name, article.language),
            url: `${deps.publicUrl}/${article.language}/authors/${a.slug}`,
          })),
        topics: article.topics,
        source: article.source,
        dateline: article.dateline,
        firstPublishedAt: article.firstPublishedAt ?? article.modifiedAt,
        updatedAt: article.updatedAt,
        hero:
          article.hero && stored && main
            ? {
                url: `${deps.publicUrl}${renditionPath(stored.id, main)}`,
                width: main.width,
                height: main.height,
                alt: article.hero.alt,
                caption: article.hero.caption,
                credit: article.hero.credit,
                renditions: renditions.map((r) => ({
                  url: `${deps.publicUrl}${renditionPath(stored.id, r)}`,
                  width: r.width,
                  height: r.height,
                })),
              }
            : null,
      };
    });
  };

  defineRoute(
    app,
    {
      method: 'get',
      path: '/articles',
      operationId: 'listPublicArticles',
      summary: 'Published articles of a language, newest first; no token needed, CORS open, cacheable',
      tags: ['public'],
      auth: 'public',
      query: PublicListQuerySchema,
      responses: {
        200: {
          description: 'A page of published articles',
          schema: PublicArticleListSchema,
          headers: { ETag: 'Validator for If-None-Match' },
        },
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
      },
      errors: [400],
    },
    async (c, input) => {
      const query = input.query();
      const filter = {
        language: query.language,
        section: query.section,
        topic: query.topic,
        author: query.author,
      };
      const [articles, total] = await Promise.all([
        latestPublished(db, { ...filter, limit: query.limit, offset: query.offset }),
        countPublished(db, filter),
      ]);
      return cacheable(
        c,
        {
          items: await summaries(articles),
          total,
          limit: query.limit,
          offset: query.offset,
        },
        { staleSeconds: 300 },
      );
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/articles/:id',
      operationId: 'getPublicArticle',
      summary: 'One published article with its body nodes and translations',
      tags: ['public'],
      auth: 'public',
      responses: {
        200: {
          description: 'The article',
          schema: PublicArticleSchema,
          headers: { ETag: 'Validator for If-None-Match' },
        },
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
      },
      errors: [404],
    },
    async (c) => {
      const article = await findArticle(db, c.req.param('id'));
      if (article?.status !== 'published') {
        throw new DomainError('not_found', `No published article with id ${c.req.param('id')}`);
      }
      const [[summary], versions, corrections] = await Promise.all([
        summaries([article]),
        publishedTranslations(db, article.storyId),
        correctionsOf(db, article.id),
      ]);
      return cacheable(
        c,
        {
          ...summary,
          body: article.body,
          translations: versions
            .filter((v) => v.id !== article.id)
            .map((v) => ({ id: v.id, language: v.language, url: `${deps.publicUrl}${articlePath(v)}` })),
          corrections: corrections.map(presentCorrection),
        },
        { staleSeconds: 300 },
      );
    },
  );

  return app;
}
