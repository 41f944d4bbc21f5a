/**
 * /api/v1/media: upload (multipart), search, read and edit the texts of images.
 * @example GET /api/v1/media?q=lake&page=2 → { items, total, page, pageSize }
 */
import { Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { updateMediaText } from '../../../commands/media.js';
import { uploadMedia } from '../../../commands/upload-media.js';
import { DomainError, invalid } from '../../../domain/errors.js';
import type { Media } from '../../../domain/media.js';
import type { Gate } from '../../../lib/gate.js';
import { findMedia, searchMedia } from '../../../storage/repos/media.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { presentMedia } from '../../presenters.js';
import {
  MediaListQuerySchema,
  MediaListSchema,
  MediaPatchSchema,
  MediaSchema,
  MediaUploadSchema,
} from '../../schemas/media.js';
import { parseWith } from '../../validate.js';

const TextFields = MediaUploadSchema.omit({ file: true });

/** An image as the media API answers it: addresses, texts and upload time. */
export function presentLibraryMedia(media: Media, publicUrl: string) {
  return { ...presentMedia(media, publicUrl), createdAt: media.createdAt };
}

/** The media API; uploads pass `gate` (src/http/upload-gate.ts), shared with the newsroom's library. */
export function apiMediaRoutes(deps: AppDeps, gate: Gate) {
  const app = new Hono<AppEnv>();

  // The upload's size is bounded by the app's body limits (src/http/middleware/body-limits.ts).
  defineRoute(
    app,
    {
      method: 'post',
      path: '/',
      operationId: 'uploadMedia',
      summary: 'Upload an image',
      tags: ['media'],
      auth: 'staff',
      body: { schema: MediaUploadSchema, kind: 'custom', mediaTypes: ['multipart/form-data'] },
      responses: {
        201: { description: 'Created', schema: MediaSchema, headers: { Location: 'Where the image is' } },
      },
      errors: [400, 401, 403, 413, 415, 503],
    },
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
      const data = Buffer.from(await file.arrayBuffer());
      const media = await gate.run(() =>
        uploadMedia({ db: deps.store.db, actor, now: deps.clock() }, deps.files, { data, ...text }),
      );
      c.header('Location', `/api/v1/media/${media.id}`);
      return c.json(presentLibraryMedia(media, deps.publicUrl), 201);
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/',
      operationId: 'listMedia',
      summary: 'Images newest first; q searches alt text, caption and credit (every word, any case)',
      tags: ['media'],
      auth: 'staff',
      query: MediaListQuerySchema,
      responses: { 200: { description: 'A page of images', schema: MediaListSchema } },
      errors: [400, 401, 403],
    },
    async (c, input) => {
      authorize(staffOf(c), 'media.read');
      const { q, page, pageSize } = input.query();
      const { items, total } = await searchMedia(deps.store.db, {
        query: q,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return c.json({
        items: items.map((m) => presentLibraryMedia(m, deps.publicUrl)),
        total,
        page,
        pageSize,
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/:id',
      operationId: 'getMedia',
      summary: 'One image with its addresses and texts',
      tags: ['media'],
      auth: 'staff',
      responses: { 200: { description: 'The image', schema: MediaSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'media.read');
      const media = await findMedia(deps.store.db, c.req.param('id'));
      if (!media) throw new DomainError('not_found', `No media with id ${c.req.param('id')}`);
      return c.json(presentLibraryMedia(media, deps.publicUrl));
    },
  );

  defineRoute(
    app,
    {
      method: 'patch',
      path: '/:id',
      operationId: 'updateMedia',
      summary: 'Change alt text, caption or credit; alt text may not become empty',
      tags: ['media'],
      auth: 'staff',
      body: { schema: MediaPatchSchema, kind: 'json' },
      responses: { 200: { description: 'The changed image', schema: MediaSchema } },
      errors: [400, 401, 403, 404, 415],
    },
    async (c, input) => {
      const actor = staffOf(c);
      authorize(actor, 'media.update');
      const patch = await input.body();
      const media = await updateMediaText(
        { db: deps.store.db, actor, now: deps.clock() },
        c.req.param('id'),
        patch,
      );
      // Article pages fall back to the image's own texts, so readers must see the new ones.
      deps.pageCache.clear();
      return c.json(presentLibraryMedia(media, deps.publicUrl));
    },
  );

  return app;
}
