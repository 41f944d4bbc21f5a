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
