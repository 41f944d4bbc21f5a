/**
 * The brand's pictures: the logo (SVG, and the PNG that structured data points to), the site's
 * card for link previews, the icons (SVG, 180 px for Apple, 192 and 512 px for the web app
 * manifest, and /favicon.ico holding 16, 32 and 48 px PNGs), and the web app manifest of each
 * language. The SVGs are drawn in code; the raster ones were drawn at build time
 * (src/render/brand-images.ts) and are served from the files read at boot (src/http/brand-files.ts).
 * @example app.route('/assets', brandAssetRoutes(brand)); app.route('/', siteIconRoutes(brand));
 */
import { type Context, Hono } from 'hono';
import { directionOf, isLanguage, LANGUAGES, type Language } from '../../../domain/languages.js';
import { translator } from '../../../i18n/catalogue.js';
import { BRAND_COLOURS, LOGO_SVG, markSvg } from '../../../render/brand.js';
import type { BrandImageFile } from '../../../render/brand-images.js';
import type { BrandFiles } from '../../brand-files.js';
import type { AppEnv } from '../../deps.js';
import { staticBody } from '../../static-body.js';

const CACHE = { 'cache-control': 'public, max-age=86400' };
const PNG = { 'content-type': 'image/png', ...CACHE };

/** GET of one raster picture as the build drew it; 404 when the build wrote no such file. */
function fileRoute(brand: BrandFiles, name: BrandImageFile, headers: Record<string, string> = PNG) {
  return (c: Context<AppEnv>) => {
    const bytes = brand.get(name);
    return bytes ? c.body(bytes, 200, headers) : c.notFound();
  };
}

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
export function brandAssetRoutes(brand: BrandFiles) {
  const app = new Hono<AppEnv>();
  // Text bodies go through staticBody: compressed once when 1 KB or more (today all are smaller).
  const logoSvg = staticBody(LOGO_SVG, 'image/svg+xml');
  const iconSvg = staticBody(markSvg(512), 'image/svg+xml');
  app.get('/logo.svg', (c) => logoSvg.answer(c, CACHE));
  app.get('/logo.png', fileRoute(brand, 'logo.png'));
  app.get('/card.png', fileRoute(brand, 'card.png'));
  app.get('/icon.svg', (c) => iconSvg.answer(c, CACHE));
  app.get('/icon-192.png', fileRoute(brand, 'icon-192.png'));
  app.get('/icon-512.png', fileRoute(brand, 'icon-512.png'));
  return app;
}

/**
 * At the site's root, where browsers and apps look without being told: /favicon.ico,
 * /apple-touch-icon.png, and the web app manifests (/manifest.webmanifest starts at `/`,
 * /<language>/manifest.webmanifest at that language's home).
 */
export function siteIconRoutes(brand: BrandFiles) {
  const app = new Hono<AppEnv>();
  app.get('/favicon.ico', fileRoute(brand, 'favicon.ico', { 'content-type': 'image/x-icon', ...CACHE }));
  app.get('/apple-touch-icon.png', fileRoute(brand, 'icon-180.png'));
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
