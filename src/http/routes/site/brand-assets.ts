/**
 * The brand's pictures, drawn in code and rasterised with sharp on first request, then kept:
 * the logo (SVG, and the PNG that structured data points to), the site's card for link
 * previews, the icons (SVG, 180 px for Apple, 192 and 512 px for the web app manifest, and
 * /favicon.ico holding 16, 32 and 48 px PNGs), and the web app manifest of each language.
 * @example app.route('/assets', brandAssetRoutes()); app.route('/', siteIconRoutes());
 */
import { Hono } from 'hono';
import { directionOf, isLanguage, LANGUAGES, type Language } from '../../../domain/languages.js';
import { translator } from '../../../i18n/catalogue.js';
import { icoOf } from '../../../lib/ico.js';
import { loadSharp } from '../../../lib/sharp.js';
import { BRAND_COLOURS, CARD_SVG, LOGO_SVG, markSvg } from '../../../render/brand.js';
import type { AppEnv } from '../../deps.js';
import { staticBody } from '../../static-body.js';

const CACHE = { 'cache-control': 'public, max-age=86400' };
const PNG = { 'content-type': 'image/png', ...CACHE };

/** One rendering per picture and process: a promise, so that concurrent first requests share it. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = null; // a failed rendering is tried again on the next request
      throw error;
    });
    return made;
  };
}

async function pngOf(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const sharp = await loadSharp();
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

const logoPng = once(() => pngOf(LOGO_SVG));
const cardPng = once(() => pngOf(CARD_SVG));
const iconPngs = new Map(
  ([16, 32, 48, 180, 192, 512] as const).map((size) => [size, once(() => pngOf(markSvg(size)))]),
);
const iconPng = (size: 16 | 32 | 48 | 180 | 192 | 512) =>
  (iconPngs.get(size) as () => Promise<Uint8Array<ArrayBuffer>>)();
const favicon = once(async () =>
  icoOf(await Promise.all(([16, 32, 48] as const).map(async (size) => ({ size, png: await iconPng(size) })))),
);

/** The web app manifest of a language: its name, its home as start, the icons and colours. */
export function webManifestOf(language: Language): Record<string, unknown> {
  const t = translator(language);
  return {
    id: '/',
    name: t.t('site.name'),
    short_name: t.t('site.name'),
    description: t.t('site.tagline'),
    lang: language,
    dir: directionOf(language),
    start_url: `/${language}/`,
    scope: '/',
    display: 'minimal-ui',
    theme_color: BRAND_COLOURS.theme,
    background_color: BRAND_COLOURS.background,
    icons: [
      { src: '/assets/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/assets/icon-512.png', sizes: '512x512', type: 'image/png' },
      // The mark fills its square and its wave stays inside the safe zone of a masked icon.
      { src: '/assets/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/assets/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}

/** Under /assets: the logo, the site's card and the icons. */
export function brandAssetRoutes() {
  const app = new Hono<AppEnv>();
  // Text bodies go through staticBody: compressed once when 1 KB or more (today all are smaller).
  const logoSvg = staticBody(LOGO_SVG, 'image/svg+xml');
  const iconSvg = staticBody(markSvg(512), 'image/svg+xml');
  app.get('/logo.svg', (c) => logoSvg.answer(c, CACHE));
  app.get('/logo.png', async (c) => c.body(await logoPng(), 200, PNG));
  app.get('/card.png', async (c) => c.body(await cardPng(), 200, PNG));
  app.get('/icon.svg', (c) => iconSvg.answer(c, CACHE));
  app.get('/icon-192.png', async (c) => c.body(await iconPng(192), 200, PNG));
  app.get('/icon-512.png', async (c) => c.body(await iconPng(512), 200, PNG));
  return app;
}

/**
 * At the site's root, where browsers and apps look without being told: /favicon.ico,
 * /apple-touch-icon.png, and the web app manifests (/manifest.webmanifest starts at `/`,
 * /<language>/manifest.webmanifest at that language's home).
 */
export function siteIconRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/favicon.ico', async (c) =>
    c.body(new Uint8Array(await favicon()), 200, { 'content-type': 'image/x-icon', ...CACHE }),
  );
  app.get('/apple-touch-icon.png', async (c) => c.body(await iconPng(180), 200, PNG));
  const manifest = (language: Language, startUrl?: string) =>
    staticBody(
      JSON.stringify({ ...webManifestOf(language), ...(startUrl ? { start_url: startUrl } : {}) }),
      'application/manifest+json',
    );
  const rootManifest = manifest('en', '/');
  const manifests = new Map(LANGUAGES.map((language) => [language, manifest(language)]));
  app.get('/manifest.webmanifest', (c) => rootManifest.answer(c, CACHE));
  app.get('/:lang{[a-z]{2}}/manifest.webmanifest', (c, next) => {
    const language = c.req.param('lang');
    const body = isLanguage(language) ? manifests.get(language) : undefined;
    return body ? body.answer(c, CACHE) : next();
  });
  return app;
}
