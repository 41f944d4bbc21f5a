/**
 * The brand's raster pictures as files: the logo and the site's card as PNG, the icon at each
 * size it is asked for, and /favicon.ico (its 16, 32 and 48 px PNGs). Drawn from the SVGs of
 * brand.ts once, at build time: scripts/build.mjs writes them into dist/public/brand/, and the
 * server serves those files as they are, so it never loads sharp for them.
 * @example for (const [name, bytes] of await brandImages(sharp)) writeFileSync(join(dir, name), bytes);
 */
import { icoOf } from '../lib/ico.js';
import type { Sharp } from '../lib/sharp.js';
import { CARD_SVG, LOGO_SVG, markSvg } from './brand.js';

/** The icon's sizes served as PNG files: Apple's 180 px, the web app manifest's 192 and 512 px. */
const ICON_SIZES = [180, 192, 512] as const;

/** The favicon's sizes, all held in the one .ico file. */
const FAVICON_SIZES = [16, 32, 48] as const;

/** Each raster picture's file name. */
export const BRAND_IMAGE_FILES = [
  'logo.png',
  'card.png',
  'icon-180.png',
  'icon-192.png',
  'icon-512.png',
  'favicon.ico',
] as const satisfies readonly (`${string}.png` | 'favicon.ico')[];
export type BrandImageFile = (typeof BRAND_IMAGE_FILES)[number];

/** Rasterises every brand picture with the sharp it is given (the build's). */
export async function brandImages(sharp: Sharp): Promise<Map<BrandImageFile, Uint8Array>> {
  const pngOf = async (svg: string) => new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
  const files = new Map<BrandImageFile, Uint8Array>([
    ['logo.png', await pngOf(LOGO_SVG)],
    ['card.png', await pngOf(CARD_SVG)],
  ]);
  for (const size of ICON_SIZES) files.set(`icon-${size}.png`, await pngOf(markSvg(size)));
  const favicon = [];
  for (const size of FAVICON_SIZES) favicon.push({ size, png: await pngOf(markSvg(size)) });
  files.set('favicon.ico', new Uint8Array(icoOf(favicon)));
  return files;
}
