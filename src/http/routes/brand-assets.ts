/**
 * The logo, as SVG and as the PNG that structured data points to (rendered once, then kept).
 */
import { Hono } from 'hono';
import { loadSharp } from '../../lib/sharp.js';
import { LOGO_SVG } from '../../render/brand.js';
import type { AppEnv } from '../deps.js';

export function brandAssetRoutes() {
  const app = new Hono<AppEnv>();
  let png: Promise<Buffer> | null = null;
  const cache = { 'cache-control': 'public, max-age=86400' };
  app.get('/logo.svg', (c) => c.body(LOGO_SVG, 200, { 'content-type': 'image/svg+xml', ...cache }));
  app.get('/logo.png', async (c) => {
    png ??= loadSharp().then((sharp) => sharp(Buffer.from(LOGO_SVG)).png().toBuffer());
    return c.body(new Uint8Array(await png), 200, { 'content-type': 'image/png', ...cache });
  });
  return app;
}
