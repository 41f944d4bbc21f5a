/**
 * Schemas of the rankings API: the read beacon, Popular Stories and Most Discussed.
 */
import { z } from 'zod';
import { ARTICLE_TYPES } from '../../domain/article.js';
import { RANKING_WINDOWS } from '../../domain/rankings.js';
import { LanguageSchema } from './common.js';

export const ReadBeaconSchema = z
  .object({
    articleId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not an article id')
      .meta({ description: 'The id of the article the reader opened' }),
  })
  .meta({
    id: 'ReadBeacon',
    description:
      'One read of an article, sent by the page once it is shown. Counted once per reader, article and day; bots, prefetches and prerenders are not counted. No cookie is needed or read.',
  });

export const PopularQuerySchema = z.object({
  language: LanguageSchema,
  window: z.enum(RANKING_WINDOWS).default('24h'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const PopularArticleSchema = z
  .object({
    id: z.string(),
    language: LanguageSchema,
    type: z.enum(ARTICLE_TYPES),
    url: z.string(),
    headline: z.string(),
    lead: z.string(),
    firstPublishedAt: z.string(),
    reads: z.number().int().meta({ description: 'Reads counted in the window' }),
  })
  .meta({ id: 'PopularArticle' });

export const PopularListSchema = z
  .object({
    language: LanguageSchema,
    window: z.enum(RANKING_WINDOWS),
    items: z.array(PopularArticleSchema),
  })
  .meta({
    id: 'PopularList',
    description: 'The most read published articles of a language, most reads first',
  });

export const MostDiscussedQuerySchema = z.object({
  language: LanguageSchema,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const DiscussedEntrySchema = z
  .object({
    kind: z.enum(['article', 'debate']),
    url: z.string(),
    title: z.string().meta({ description: 'The headline of the article or the question of the debate' }),
    comments: z.number().int().meta({ description: 'Comments approved in the last seven days' }),
  })
  .meta({ id: 'DiscussedEntry' });

export const MostDiscussedListSchema = z
  .object({ language: LanguageSchema, items: z.array(DiscussedEntrySchema) })
  .meta({
    id: 'MostDiscussedList',
    description:
      'The articles and debates of a language with the most approved comments in the last seven days',
  });
