/**
 * The definitions of the translation API under /api/v1/articles (ADR 0024): "Translate into
 * …" as `POST /articles/{id}/translations`, and the review state every version made so
 * carries. src/http/routes/api/translations.ts registers its handlers with them; the OpenAPI
 * document is built from them.
 * @example defineRoute(app, TRANSLATION_ROUTES.translateArticle, async (c, input) => c.json(await made(input), 201));
 */
import { z } from 'zod';
import { route } from '../api-route.js';
import { ArticleSchema } from './articles.js';
import { LanguageSchema } from './common.js';

export const TranslateSchema = z
  .strictObject({
    languages: z
      .array(LanguageSchema)
      .min(1)
      .max(9)
      .meta({ description: 'The languages to make versions in, e.g. ["es", "pt"]' }),
  })
  .meta({ id: 'TranslateRequest' });

export const TranslatedDraftSchema = ArticleSchema.extend({
  machineTranslated: z.boolean(),
  provider: z.string().nullable(),
  unreviewed: z.array(z.string()),
}).meta({ id: 'TranslatedDraft' });

export const TranslatedDraftListSchema = z
  .object({
    items: z.array(TranslatedDraftSchema).meta({ description: 'In the order of the languages asked for' }),
  })
  .meta({ id: 'TranslatedDraftList' });

export const TRANSLATION_ROUTES = {
  translateArticle: route({
    auth: 'staff',
    method: 'post',
    path: '/:id/translations',
    operationId: 'translateArticle',
    summary:
      'Make linked drafts of the story in other languages, machine-translated where a provider is configured',
    tags: ['articles'],
    params: { id: { description: 'The original article id' } },
    body: { schema: TranslateSchema, kind: 'json' },
    responses: {
      201: { description: 'The new drafts, every field unreviewed', schema: TranslatedDraftListSchema },
    },
    errors: [400, 401, 403, 404, 409, 415],
  }),
};
