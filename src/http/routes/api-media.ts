/**
 * /api/v1/media: upload (multipart) and read.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { authorize } from '../../commands/context.js';
import { uploadMedia } from '../../commands/upload-media.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { MEDIA_LIMITS } from '../../domain/media.js';
import { findMedia, listMedia } from '../../storage/repos/media.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import { presentMedia } from '../presenters.js';
import { parseWith } from '../validate.js';

const TextFields = z.object({
  alt: z.string().max(1000).optional(),
  caption: z.string().max(2000).optional(),
  credit: z.string().max(300).optional(),
});

const PagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).default(0),
});

export function apiMediaRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post(
    '/',
    bodyLimit({
      maxSize: MEDIA_LIMITS.maxBytes + 64 * 1024,
      onError: () => {
        throw new DomainError(
          'payload_too_large',
          `The upload is larger than ${MEDIA_LIMITS.maxBytes} bytes`,
          'file',
        );
      },
    }),
    async (c) => {
      const actor = staffOf(c);
      authorize(actor, 'media.upload');
      if (!(c.req.header('content-type') ?? '').includes('multipart/form-data')) {
        throw new DomainError(
          'unsupported_media_type',
          'Send the image as multipart/form-data with a field "file"',
        );
      }
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File))
        throw invalid('file', 'The multipart field "file" with the image is missing');
      const text = parseWith(TextFields, {
        alt: typeof form.alt === 'string' ? form.alt : undefined,
        caption: typeof form.caption === 'string' ? form.caption : undefined,
        credit: typeof form.credit === 'string' ? form.credit : undefined,
      });
      const media = await uploadMedia({ db: deps.store.db, actor, now: deps.clock() }, deps.files, {
        data: Buffer.from(await file.arrayBuffer()),
        ...text,
      });
      c.header('Location', `/api/v1/media/${media.id}`);
      return c.json(presentMedia(media, deps.publicUrl), 201);
    },
  );

  app.get('/', async (c) => {
    authorize(staffOf(c), 'media.read');
    const { limit, offset } = parseWith(PagingSchema, c.req.query());
    const items = await listMedia(deps.store.db, limit, offset);
    return c.json({ items: items.map((m) => presentMedia(m, deps.publicUrl)), limit, offset });
  });

  app.get('/:id', async (c) => {
    authorize(staffOf(c), 'media.read');
    const media = await findMedia(deps.store.db, c.req.param('id'));
    if (!media) throw new DomainError('not_found', `No media with id ${c.req.param('id')}`);
    return c.json(presentMedia(media, deps.publicUrl));
  });

  return app;
}
