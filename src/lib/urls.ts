/**
 * URL helpers with no domain knowledge.
 * @example isSafeHref('javascript:alert(1)') // false
 */

/** True for http(s) and mailto URLs and for site-relative paths; false for every other scheme. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** True when `href` points to a host other than the site's own `publicUrl`. */
export function isExternalHref(href: string, publicUrl: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return false;
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return false;
    return url.host !== new URL(publicUrl).host;
  } catch {
    return false;
  }
}

/**
 * A URL path segment made from a headline: lower case, letters and digits of any script,
 * words joined by hyphens.
 * @example slugify('Swiss voters say “yes”!') // 'swiss-voters-say-yes'
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    // Accents go from Latin letters only: in Cyrillic (й) or Devanagari they are part of the letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = Array.from(slug).slice(0, maxLength).join('').replace(/-+$/, '');
  return cut || 'article';
}
