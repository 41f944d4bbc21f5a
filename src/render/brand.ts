/**
 * The site's logo as SVG: the wordmark on a band, 600 x 60 (the size news aggregators ask for);
 * the brand mark alone (icons) and the site's card for link previews.
 */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
<rect width="600" height="60" fill="#ffffff"/>
<rect x="0" y="0" width="60" height="60" fill="#b3001b"/>
<path d="M12 38 Q21 14 30 30 T48 22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
<text x="76" y="43" font-family="Helvetica, Arial, sans-serif" font-size="38" font-weight="700" fill="#1a1a1a">Shortwave</text>
</svg>`;

/** The colours of the brand: the mark's red (also the browser's theme colour) and the paper. */
export const BRAND_COLOURS = { theme: '#b3001b', background: '#ffffff' } as const;

/** The brand mark alone (the wave on the red square), drawn at `size` pixels: the site's icon. */
export function markSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 60 60">
<rect width="60" height="60" fill="${BRAND_COLOURS.theme}"/>
<path d="M12 38 Q21 14 30 30 T48 22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
</svg>`;
}

/** Where the site's card (the picture of link previews of pages without their own) is, and its size. */
export const SITE_CARD = { path: '/assets/card.png', width: 1200, height: 630 } as const;

/** The site's card: the mark and the wordmark, centred on white, 1200 x 630 (Open Graph's size). */
export const CARD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${BRAND_COLOURS.background}"/>
<rect x="0" y="600" width="1200" height="30" fill="${BRAND_COLOURS.theme}"/>
<g transform="translate(250 235) scale(2.67)">
<rect width="60" height="60" fill="${BRAND_COLOURS.theme}"/>
<path d="M12 38 Q21 14 30 30 T48 22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
</g>
<text x="450" y="352" font-family="Helvetica, Arial, sans-serif" font-size="104" font-weight="700" fill="#1a1a1a">Shortwave</text>
</svg>`;
