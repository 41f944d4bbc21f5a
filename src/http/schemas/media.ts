/**
 * Schemas for /api/v1/media.
 */
import { z } from 'zod';

export const MediaUploadSchema = z
  .object({
    file: z.string().meta({ format: 'binary', description: 'The image (JPEG, PNG, WebP, GIF, AVIF)' }),
    alt: z.string().max(1000).optional(),
    caption: z.string().max(2000).optional(),
    credit: z.string().max(300).optional(),
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
    renditions: z.array(
      z.object({ url: z.string(), width: z.number(), height: z.number(), type: z.string() }),
    ),
  })
  .meta({ id: 'Media' });
