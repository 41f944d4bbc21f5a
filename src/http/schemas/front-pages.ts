/**
 * Schemas for /api/v1/front-pages/{language}: the pinned stories of a language home.
 */
import { z } from 'zod';
import { MAX_PINS } from '../../commands/front-pages.js';

export const FrontPagePinSchema = z
  .object({
    articleId: z.string(),
    position: z.number().int().meta({ description: '1 is the top story' }),
    headline: z.string(),
    url: z.string().meta({ description: 'Absolute address of the article page' }),
    expiresAt: z
      .string()
      .nullable()
      .meta({ description: 'When the pin ends (ISO 8601); null: until unpinned' }),
    pinnedAt: z.string(),
    pinnedBy: z.string().nullable().meta({ description: 'Id of the staff member who pinned it' }),
  })
  .meta({ id: 'FrontPagePin' });

export const FrontPageSchema = z
  .object({
    language: z.string(),
    pins: z.array(FrontPagePinSchema).meta({
      description:
        'In order; only pins that count (published, not expired). The home shows them first, then the newest stories',
    }),
  })
  .meta({ id: 'FrontPage' });

export const FrontPagePutSchema = z
  .object({
    pins: z
      .array(
        z
          .object({
            articleId: z.string().min(1).max(100),
            expiresAt: z.iso
              .datetime({ offset: true })
              .nullable()
              .optional()
              .meta({ description: 'When the pin ends; must lie in the future' }),
          })
          .strict(),
      )
      .max(MAX_PINS)
      .meta({ description: 'The pinned stories in order, top story first; an empty list unpins all' }),
  })
  .strict()
  .meta({ id: 'FrontPagePut' });

const ref = (id: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } },
});
const failures = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...ref('Error') }]));

/** OpenAPI paths of the front pages, for src/http/openapi.ts to spread in. */
export const FRONT_PAGE_PATHS = {
  '/api/v1/front-pages/{language}': {
    parameters: [{ name: 'language', in: 'path', required: true, schema: { type: 'string' } }],
    get: {
      tags: ['front-pages'],
      summary: 'The pinned stories of a language home, in order (editors)',
      responses: { 200: { description: 'OK', ...ref('FrontPage') }, ...failures(401, 403, 404) },
    },
    put: {
      tags: ['front-pages'],
      summary: 'Replace the pinned stories of a language home; published stories of that language only',
      requestBody: { required: true, ...ref('FrontPagePut') },
      responses: { 200: { description: 'OK', ...ref('FrontPage') }, ...failures(400, 401, 403, 404, 415) },
    },
  },
} as const;
