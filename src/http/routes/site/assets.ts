/**
 * The browser islands built by scripts/build.mjs into dist/public/, read once at boot and
 * served under /assets/. Pages name them with a content hash (`/assets/embeds.js?v=…`), so
 * that address can be cached for a year; a request without the current hash is cached briefly.
 * @example const assets = loadClientAssets(defaultAssetsDir()); app.route('/assets', assetRoutes(assets));
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { type StaticBody, staticBody } from '../../static-body.js';

export interface ClientAsset {
  body: string;
  hash: string;
  /** The address pages use, with the hash as version. */
  src: string;
}

export interface ClientAssets {
  embeds: ClientAsset | null;
  /** The read beacon of article pages (client/views.ts). */
  views?: ClientAsset | null;
  /** The newsroom's article editor (client/editor/main.ts). */
  editor?: ClientAsset | null;
  /** The newsroom's media library: uploads with progress (client/library.ts). */
  library?: ClientAsset | null;
  /** Comment threads on article pages and the moderation queue's shortcuts (client/comments.ts). */
  comments?: ClientAsset | null;
}

/** dist/public beside the bundled server (dist/cli.js), or the repository's dist/public when run from src/. */
export function defaultAssetsDir(): string {
  const beside = fileURLToPath(new URL('./public/', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../../dist/public/', import.meta.url));
}

function load(dir: string, name: string): ClientAsset | null {
  const path = join(dir, name);
  if (!existsSync(path)) return null;
  const body = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  return { body, hash, src: `/assets/${name}?v=${hash}` };
}

/** Reads the islands once; a missing bundle is null (pages then leave its script out). */
export function loadClientAssets(dir: string): ClientAssets {
  return {
    embeds: load(dir, 'embeds.js'),
    views: load(dir, 'views.js'),
    editor: load(dir, 'editor.js'),
    library: load(dir, 'library.js'),
    comments: load(dir, 'comments.js'),
  };
}

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
