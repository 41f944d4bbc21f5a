/**
 * Schemas for /api/v1/media: upload, the stored image, the searchable list and the edit.
 */
import { z } from 'zod';
import { MEDIA_TEXT_LIMITS } from '../../commands/media.js';

export const MediaUploadSchema = z
  .object({
    file: z.string().meta({ format: 'binary', description: 'The image (JPEG, PNG, WebP, GIF, AVIF)' }),
    alt: z.string().max(MEDIA_TEXT_LIMITS.alt).optional(),
    caption: z.string().max(MEDIA_TEXT_LIMITS.caption).optional(),
    credit: z.string().max(MEDIA_TEXT_LIMITS.credit).optional(),
  })
  .meta({ id: 'MediaUpload' });

export const MediaSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: 'Absolute address of the largest rendition' }),
    width: z.number(),
    height: z.number(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    createdAt: z.string().meta({ description: 'When it was uploaded (ISO 8601)' }),
    renditions: z.array(
      z.object({ url: z.string(), width: z.number(), height: z.number(), type: z.string() }),
    ),
  })
  .meta({ id: 'Media' });

/** Largest page of the media list. */
export const MAX_MEDIA_PAGE_SIZE = 100;

export const MediaListQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(200)
      .default('')
      .meta({ description: 'Words to find in alt text, caption or credit' }),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_MEDIA_PAGE_SIZE).default(24),
  })
  .meta({ id: 'MediaListQuery' });

export const MediaListSchema = z
  .object({
    items: z.array(MediaSchema).meta({ description: 'Newest first' }),
    total: z.number().int().meta({ description: 'How many images match, on all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'MediaList' });

export const MediaPatchSchema = z
  .object({
    alt: z
      .string()
      .max(MEDIA_TEXT_LIMITS.alt)
      .optional()
      .meta({ description: 'What the image shows; may not be empty' }),
    caption: z.string().max(MEDIA_TEXT_LIMITS.caption).nullable().optional(),
    credit: z.string().max(MEDIA_TEXT_LIMITS.credit).nullable().optional(),
  })
  .strict()
  .meta({ id: 'MediaPatch' });

const ref = (id: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } },
});
const failures = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...ref('Error') }]));

/** OpenAPI operation of `GET /api/v1/media`, for src/http/openapi.ts. */
export const MEDIA_LIST_OPERATION = {
  tags: ['media'],
  summary: 'Images newest first; q searches alt text, caption and credit (every word, any case)',
  parameters: [
    { name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 200 } },
    { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
    {
      name: 'pageSize',
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_MEDIA_PAGE_SIZE },
    },
  ],
  responses: { 200: { description: 'OK', ...ref('MediaList') }, ...failures(400, 401, 403) },
};

/** OpenAPI operation of `PATCH /api/v1/media/{id}` (the path names its `id` parameter). */
export const MEDIA_PATCH_OPERATION = {
  tags: ['media'],
  summary: 'Change alt text, caption or credit; alt text may not become empty',
  requestBody: { required: true, ...ref('MediaPatch') },
  responses: { 200: { description: 'OK', ...ref('Media') }, ...failures(400, 401, 403, 404, 415) },
};
