/**
 * Schemas of the public read API (/api/v1/public): published articles only.
 */
import { z } from 'zod';
import { ARTICLE_TYPES } from '../../domain/article.js';
import { LanguageSchema, SlugSchema } from './common.js';
import { CorrectionSchema } from './corrections.js';

export const PublicListQuerySchema = z.object({
  language: LanguageSchema,
  section: SlugSchema.optional(),
  topic: SlugSchema.optional(),
  author: SlugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const PublicImageSchema = z.object({
  url: z.string(),
  width: z.number(),
  height: z.number(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  renditions: z.array(z.object({ url: z.string(), width: z.number(), height: z.number() })),
});

const PublicSummaryShape = {
  id: z.string(),
  storyId: z.string(),
  language: LanguageSchema,
  type: z.enum(ARTICLE_TYPES),
  url: z.string(),
  headline: z.string(),
  lead: z.string(),
  kicker: z.string().nullable(),
  section: z.object({ slug: z.string(), name: z.string() }).nullable(),
  authors: z.array(z.object({ slug: z.string(), name: z.string(), url: z.string() })),
  topics: z.array(z.string()),
  source: z.string().nullable(),
  dateline: z.string().nullable(),
  firstPublishedAt: z.string(),
  updatedAt: z.string().nullable(),
  hero: PublicImageSchema.nullable(),
};

export const PublicArticleSummarySchema = z.object(PublicSummaryShape).meta({ id: 'PublicArticleSummary' });

export const PublicArticleListSchema = z
  .object({
    items: z.array(PublicArticleSummarySchema),
    total: z.number(),
    limit: z.number(),
    offset: z.number(),
  })
  .meta({ id: 'PublicArticleList' });

export const PublicArticleSchema = z
  .object({
    ...PublicSummaryShape,
    body: z.unknown().meta({ description: 'The body as typed nodes (see the ArticleCreate body)' }),
    translations: z.array(z.object({ id: z.string(), language: LanguageSchema, url: z.string() })),
    corrections: z
      .array(CorrectionSchema)
      .meta({ description: 'Dated notes: correction, clarification, update, retraction' }),
  })
  .meta({ id: 'PublicArticle' });
