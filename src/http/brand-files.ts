/**
 * The brand's raster pictures that scripts/build.mjs drew into dist/public/brand/ (see
 * src/render/brand-images.ts), read once at boot by src/http/app.tsx and served as they are
 * by routes/site/brand-assets.ts: no sharp in the server for them, no work on a first request.
 * @example const brand = loadBrandFiles(join(defaultAssetsDir(), 'brand')); brand.get('icon-192.png')
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRAND_IMAGE_FILES, type BrandImageFile } from '../render/brand-images.js';

/** Each picture's bytes; a file the build did not write is missing (its address answers 404). */
export type BrandFiles = ReadonlyMap<BrandImageFile, Uint8Array<ArrayBuffer>>;

/** Reads the pictures once. */
export function loadBrandFiles(dir: string): BrandFiles {
  const files = new Map<BrandImageFile, Uint8Array<ArrayBuffer>>();
  for (const name of BRAND_IMAGE_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) files.set(name, new Uint8Array(readFileSync(path)));
  }
  return files;
}
