/**
 * Request and answer schemas for /api/v1/articles; they validate requests and generate the
 * OpenAPI document.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, ARTICLE_TYPES } from '../../domain/article.js';
import { BodySchema } from '../../domain/body.js';
import { LanguageSchema, SlugSchema } from './common.js';

const HeroInputSchema = z.object({
  mediaId: z.string().min(1).max(64),
  alt: z.string().max(1000).optional(),
  caption: z.string().max(2000).nullable().optional(),
  credit: z.string().max(300).nullable().optional(),
});

const fields = {
  type: z.enum(ARTICLE_TYPES).optional(),
  section: SlugSchema.nullable().optional(),
  headline: z.string().max(300).optional(),
  lead: z.string().max(2000).optional(),
  kicker: z.string().max(100).nullable().optional(),
  dateline: z.string().max(100).nullable().optional(),
  body: BodySchema.optional().meta({ description: 'ProseMirror-compatible document of typed nodes' }),
  html: z
    .string()
    .max(2_000_000)
    .optional()
    .meta({ description: 'Alternative to body: sanitised and converted to body nodes' }),
  hero: HeroInputSchema.nullable().optional(),
  authors: z.array(SlugSchema).max(20).optional(),
  topics: z.array(SlugSchema).max(50).optional(),
  source: z.string().max(200).nullable().optional(),
  status: z.enum(['draft', 'scheduled', 'published']).optional(),
  publishAt: z.iso.datetime({ offset: true }).nullable().optional(),
};

export const ArticleCreateSchema = z
  .strictObject({
    language: LanguageSchema,
    translationOf: z.string().min(1).max(64).optional(),
    ...fields,
    reviewed: z.array(z.string().max(24)).max(1000).optional().meta({
      description:
        'With translationOf: the fields a person has already reviewed (every other field starts unreviewed, and the version cannot go out until they are)',
    }),
  })
  .meta({ id: 'ArticleCreate' });

export const ArticlePatchSchema = z
  .strictObject({
    ...fields,
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'The version you edited; 409 when stale' }),
    reviewed: z.array(z.string().max(24)).max(1000).optional().meta({
      description:
        'Fields of a translation a person has reviewed: headline, kicker, lead, hero.alt, hero.caption, body (all of it), body.N (a top-level block with its image texts), body.N.alt or body.N.caption',
    }),
    overrideReason: z.string().trim().min(3).max(1000).optional().meta({
      description:
        'Publishing: the reason to publish although the language check reads the text as another language (kept as a note)',
    }),
    hold: z.boolean().optional().meta({
      description:
        'On a scheduled or published article: keep the edit as a pending revision instead of applying it to the approved version (always so for roles that may not publish)',
    }),
  })
  .meta({ id: 'ArticlePatch' });

const BooleanQuery = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');

export const SubmitSchema = z
  .strictObject({
    note: z.string().max(4000).optional(),
    version: z.number().int().min(1).optional(),
  })
  .meta({ id: 'ArticleSubmit' });

export const SendBackSchema = z
  .strictObject({
    comment: z.string().min(1).max(4000),
    version: z.number().int().min(1).optional(),
  })
  .meta({ id: 'ArticleSendBack' });

export const VersionOnlySchema = z
  .strictObject({ version: z.number().int().min(1).optional() })
  .meta({ id: 'ArticleVersion' });

export const RestoreSchema = z.strictObject({ hold: z.boolean().optional() }).meta({ id: 'RevisionRestore' });

export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const NoteSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    createdAt: z.string(),
    by: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'ArticleNote' });

export const RevisionSummarySchema = z
  .object({
    number: z.number(),
    kind: z.string(),
    createdAt: z.string(),
    by: z.object({ id: z.string(), name: z.string() }).nullable(),
    headline: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    restoredFrom: z.number().optional(),
  })
  .meta({ id: 'RevisionSummary' });

export const DiffSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    changes: z.array(
      z.object({
        field: z.string(),
        parts: z.array(
          z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() }),
        ),
      }),
    ),
  })
  .meta({ id: 'RevisionDiff' });

export const ArticleListQuerySchema = z.object({
  language: LanguageSchema.optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  section: SlugSchema.optional(),
  q: z.string().max(200).optional().meta({ description: 'Words the headline contains' }),
  mine: BooleanQuery.optional().meta({ description: 'Only articles you created' }),
  pending: BooleanQuery.optional().meta({ description: 'Only published articles with a held edit' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const TranslationStateSchema = z
  .object({
    sourceId: z.string().meta({ description: 'The article it was translated from' }),
    sourceVersion: z.number().meta({ description: "The original's version at the time" }),
    provider: z
      .string()
      .nullable()
      .meta({ description: 'The machine-translation provider; null: copied for a person to translate' }),
    machineTranslated: z.boolean(),
    unreviewed: z.array(z.string()).meta({
      description:
        'Fields nobody has reviewed yet: headline, kicker, lead, hero.alt, hero.caption, body.N (a top-level block), body.N.alt and body.N.caption (an image in the body)',
    }),
    sourceUpdated: z.boolean().meta({ description: 'The original has changed since the version was made' }),
  })
  .meta({ id: 'TranslationState' });

export const ArticleSchema = z
  .object({
    id: z.string(),
    storyId: z.string(),
    language: LanguageSchema,
    type: z.enum(ARTICLE_TYPES),
    status: z.enum(ARTICLE_STATUSES),
    slug: z.string(),
    headline: z.string(),
    lead: z.string(),
    kicker: z.string().nullable(),
    dateline: z.string().nullable(),
    body: z.unknown(),
    hero: z
      .object({
        mediaId: z.string(),
        alt: z.string(),
        caption: z.string().nullable(),
        credit: z.string().nullable(),
      })
      .nullable(),
    section: z.string().nullable(),
    authors: z.array(z.string()),
    topics: z.array(z.string()),
    source: z.string().nullable(),
    firstPublishedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    publishAt: z.string().nullable(),
    createdAt: z.string(),
    modifiedAt: z.string(),
    translation: TranslationStateSchema.nullable().optional().meta({
      description: 'Single articles only: the review state of a version made by "Translate"; null for others',
    }),
    version: z.number(),
    pendingRevision: z
      .number()
      .nullable()
      .optional()
      .meta({ description: 'The number of the held edit of a published article (GET one article only)' }),
    url: z.string().optional().meta({ description: 'Absolute address of the article page, once published' }),
    translations: z.array(
      z.object({ id: z.string(), language: LanguageSchema, status: z.enum(ARTICLE_STATUSES) }),
    ),
  })
  .meta({ id: 'Article' });

export const ArticleListSchema = z
  .object({ items: z.array(ArticleSchema), total: z.number(), limit: z.number(), offset: z.number() })
  .meta({ id: 'ArticleList' });

export const ArticleNoteListSchema = z
  .object({ items: z.array(NoteSchema).meta({ description: 'Oldest first' }) })
  .meta({ id: 'ArticleNoteList' });

export const RevisionListSchema = z
  .object({
    items: z
      .array(RevisionSummarySchema.extend({ pending: z.boolean() }))
      .meta({ description: 'Newest first; `pending` marks the held edit' }),
  })
  .meta({ id: 'RevisionList' });

export const RevisionSchema = z
  .object({
    number: z.number(),
    kind: z.string(),
    createdAt: z.string(),
    by: z.object({ id: z.string(), name: z.string() }).nullable(),
    snapshot: z
      .looseObject({ headline: z.string(), status: z.enum(ARTICLE_STATUSES) })
      .meta({ description: 'The article as it was then' }),
  })
  .meta({ id: 'Revision' });
