/**
 * Serves public image renditions from the media store, cacheable forever (their names never
 * change content). Originals are never served.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../deps.js';

const RENDITION = /^\d{1,5}\.webp$/;

export function mediaFileRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/:id/:file', async (c) => {
    const { id, file } = c.req.param();
    if (!RENDITION.test(file) || !/^[a-z0-9]{6,32}$/.test(id)) return c.notFound();
    const data = await deps.files.read(id, file);
    if (!data) return c.notFound();
    return c.body(new Uint8Array(data), 200, {
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
  });
  return app;
}
