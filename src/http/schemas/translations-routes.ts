/**
 * The definitions of the translation API under /api/v1/articles (ADR 0024): "Translate into
 * …" as `POST /articles/{id}/translations`, translating one version again as
 * `POST /articles/{id}/translations/{language}/retranslate`, and the review state every
 * version made so carries. src/http/routes/api/translations.ts registers its handlers with them; the OpenAPI
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

export const RetranslateSchema = z
  .strictObject({
    fields: z.array(z.string().max(24)).min(1).max(1000).optional().meta({
      description:
        'The fields to translate again (headline, kicker, lead, hero.alt, hero.caption, body, body.N, body.N.alt, body.N.caption); all of them when absent. Body blocks are taken by position from the original as it is now.',
    }),
    overwriteReviewed: z
      .boolean()
      .optional()
      .meta({ description: 'Also replace fields a person has reviewed (default: they are kept)' }),
  })
  .meta({ id: 'RetranslateRequest' });

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
  retranslateVersion: route({
    auth: 'staff',
    method: 'post',
    path: '/:id/translations/:language/retranslate',
    operationId: 'retranslateVersion',
    summary:
      "Translate a story's version in one language again from the original as it is now (all fields or the ones named)",
    tags: ['articles'],
    params: {
      id: { description: 'The original article id' },
      language: { description: 'The language of the version to translate again' },
    },
    body: { schema: RetranslateSchema, kind: 'optional-json' },
    responses: {
      200: {
        description:
          'The version, the new text marked unreviewed; on a published or scheduled version the new text waits as held changes',
        schema: TranslatedDraftSchema,
      },
    },
    errors: [400, 401, 403, 404, 409, 415],
  }),
};
