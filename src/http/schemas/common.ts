/**
 * Schemas shared by the API: localized names, paging, error answers.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../domain/languages.js';

export const LanguageSchema = z.enum(LANGUAGES);

/** A language code in a path, as the OpenAPI document describes it. */
export const LANGUAGE_PARAM = {
  description: 'A language code of the site',
  schema: { type: 'string', enum: [...LANGUAGES] },
};

/** Names per language: `{"en": "Politics", "de": "Politik"}`. */
export const LocalizedSchema = z
  .partialRecord(LanguageSchema, z.string().trim().max(2000))
  .meta({ description: 'Text per language code', example: { en: 'Politics', de: 'Politik' } });

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens')
  .max(80);

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      requestId: z
        .string()
        .optional()
        .meta({ description: 'The id of the request (also in X-Request-Id), for a report' }),
    }),
  })
  .meta({ id: 'Error' });
