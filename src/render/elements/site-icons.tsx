/**
 * The icons and web app manifest a reader page names in its head, for browsers' tabs,
 * bookmarks, home screens and installed apps (the pictures are drawn at build time by
 * ../brand-images.ts and served by the brand-assets routes).
 * @example <SiteIcons language="de" />
 */
import type { Language } from '../../domain/languages.js';
import { BRAND_COLOURS } from '../brand.js';

export function SiteIcons(props: { language: Language }) {
  return (
    <>
      <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
      <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      <link rel="manifest" href={`/${props.language}/manifest.webmanifest`} />
      <meta name="theme-color" content={BRAND_COLOURS.theme} />
    </>
  );
}
