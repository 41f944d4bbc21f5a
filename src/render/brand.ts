/**
 * The site's logo as SVG: the wordmark on a band, 600 x 60 (the size news aggregators ask for).
 */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
<rect width="600" height="60" fill="#ffffff"/>
<rect x="0" y="0" width="60" height="60" fill="#b3001b"/>
<path d="M12 38 Q21 14 30 30 T48 22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
<text x="76" y="43" font-family="Helvetica, Arial, sans-serif" font-size="38" font-weight="700" fill="#1a1a1a">Shortwave</text>
</svg>`;
