/**
 * The browser islands built by scripts/build.mjs into dist/public/, read once at boot and
 * served under /assets/. Pages name them with a content hash (`/assets/embeds.js?v=…`), so
 * that address can be cached for a year; a request without the current hash is cached briefly.
 * The islands are read once at boot (src/http/client-assets.ts).
 * @example const assets = loadClientAssets(defaultAssetsDir()); app.route('/assets', assetRoutes(assets));
 */
import { type Context, Hono } from 'hono';
import type { ClientAssets } from '../../client-assets.js';
import type { AppEnv } from '../../deps.js';

/** GET /assets/embeds.js, /assets/views.js, /assets/editor.js, /assets/library.js, /assets/comments.js. */
export function assetRoutes(assets: ClientAssets) {
  const app = new Hono<AppEnv>();
  const island = (name: 'embeds' | 'views' | 'editor' | 'library' | 'comments') => (c: Context<AppEnv>) => {
    const asset = assets[name];
    if (!asset) return c.notFound();
    const etag = `"${asset.hash}"`;
    const headers = {
      'content-type': 'text/javascript; charset=utf-8',
      etag,
      'cache-control':
        c.req.query('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, headers);
  };
  app.get('/embeds.js', island('embeds'));
  app.get('/views.js', island('views'));
  app.get('/editor.js', island('editor'));
  app.get('/library.js', island('library'));
  app.get('/comments.js', island('comments'));
  return app;
}
