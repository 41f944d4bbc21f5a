/**
 * Schemas for /api/v1/media: upload, the stored image, the searchable list and the edit.
 */
import { z } from 'zod';
import { MEDIA_TEXT_LIMITS } from '../../commands/media.js';

export const MediaUploadSchema = z
  .object({
    file: z.string().meta({ format: 'binary', description: 'The image (JPEG, PNG, WebP, GIF, AVIF)' }),
    alt: z.string().max(MEDIA_TEXT_LIMITS.alt).optional().meta({
      description:
        'What the image shows, for readers who cannot see it; kept in the media library and searched. Required (here or later with PATCH) before an article showing the image is published',
    }),
    caption: z.string().max(MEDIA_TEXT_LIMITS.caption).optional().meta({
      description: 'The caption readers see under the image; kept in the media library and searched',
    }),
    credit: z.string().max(MEDIA_TEXT_LIMITS.credit).optional().meta({
      description:
        'Who took or owns the image (photographer, agency); kept in the media library and searched. Required before an article showing the image is published',
    }),
  })
  .meta({
    id: 'MediaUpload',
    description:
      'multipart/form-data: the image in `file`, and its texts in `alt`, `caption` and `credit` (each optional; empty ones are left out)',
  });

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
