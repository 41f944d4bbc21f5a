/**
 * The browser islands built by scripts/build.mjs into dist/public/, read once at boot (by
 * src/http/app.tsx) and handed to the routes that serve them (routes/site/assets.ts) or name
 * them in pages (reader, newsroom). Each carries a content hash for its address.
 * @example const assets = loadClientAssets(defaultAssetsDir()); assets.embeds?.src // '/assets/embeds.js?v=…'
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../dist/public/', import.meta.url));
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
