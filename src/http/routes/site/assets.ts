/**
 * The browser islands built by scripts/build.mjs into dist/public/ (read once at boot by src/http/client-assets.ts),
 * served under /assets/. Pages name them with a content hash (`/assets/embeds.js?v=…`), so
 * that address can be cached for a year; a request without the current hash is cached briefly.
 * @example const assets = loadClientAssets(defaultAssetsDir()); app.route('/assets', assetRoutes(assets));
 */
import { type Context, Hono } from 'hono';
import type { ClientAsset, ClientAssets } from '../../client-assets.js';
import type { AppEnv } from '../../deps.js';
import { type StaticBody, staticBody } from '../../static-body.js';

/** GET /assets/embeds.js, /assets/views.js, /assets/editor.js, /assets/library.js, /assets/comments.js. */
export function assetRoutes(assets: ClientAssets) {
  const app = new Hono<AppEnv>();
  // Compressed (brotli and gzip) once per process, when first asked for.
  const bodies = new Map<ClientAsset, StaticBody>();
  const island = (name: 'embeds' | 'views' | 'editor' | 'library' | 'comments') => (c: Context<AppEnv>) => {
    const asset = assets[name];
    if (!asset) return c.notFound();
    let body = bodies.get(asset);
    if (!body) {
      body = staticBody(asset.body, 'text/javascript; charset=utf-8');
      bodies.set(asset, body);
    }
    return body.answer(c, {
      etag: `"${asset.hash}"`,
      'cache-control':
        c.req.query('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  };
  app.get('/embeds.js', island('embeds'));
  app.get('/views.js', island('views'));
  app.get('/editor.js', island('editor'));
  app.get('/library.js', island('library'));
  app.get('/comments.js', island('comments'));
  return app;
}
