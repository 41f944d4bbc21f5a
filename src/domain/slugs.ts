/**
 * The slug of a language version (ADR 0024): made from its own headline, in ASCII where the
 * script needs it. Russian is transliterated (BGN/PCGN, simplified: щ → shch, ж → zh); Arabic,
 * Chinese and Japanese have no readable ASCII without a dictionary or vowels the script leaves
 * out, so their slug keeps the Latin words and numbers of the headline (G20, COP30) and
 * otherwise is short and id-based (`zh-qsg42h`). Latin-script languages lose only accents.
 * @example versionSlug('Москва готовит бюджет', 'ru', 'qsg42hjmvz72') // 'moskva-gotovit-byudzhet'
 */
import { slugify } from '../lib/urls.js';
import type { Language } from './languages.js';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** How each language's headline becomes ASCII. */
const SLUG_RULE: Record<Language, 'latin' | 'cyrillic' | 'latin-words-or-id'> = {
  en: 'latin',
  de: 'latin',
  fr: 'latin',
  it: 'latin',
  es: 'latin',
  pt: 'latin',
  ru: 'cyrillic',
  ar: 'latin-words-or-id',
  zh: 'latin-words-or-id',
  ja: 'latin-words-or-id',
};

/** True when the language's script needs the version rule even for an original (not Latin). */
export function scriptNeedsSlugRule(language: Language): boolean {
  return SLUG_RULE[language] !== 'latin';
}

/** The ASCII slug of a version with this headline, language and id. */
export function versionSlug(headline: string, language: Language, id: string): string {
  const byId = `${language}-${id.slice(0, 6).toLowerCase()}`;
  switch (SLUG_RULE[language]) {
    case 'latin':
      return ascii(slugify(headline)) || byId;
    case 'cyrillic': {
      const latin = Array.from(headline.toLowerCase(), (char) => CYRILLIC[char] ?? char).join('');
      return ascii(slugify(latin)) || byId;
    }
    case 'latin-words-or-id': {
      const words = ascii(slugify(headline.replace(/[^A-Za-z0-9]+/g, ' ')));
      return words.length >= 3 ? `${words}-${byId}` : byId;
    }
  }
}

/** Only ASCII letters, digits and single hyphens; empty when nothing is left. */
function ascii(slug: string): string {
  const kept = slug === 'article' ? '' : slug;
  return kept
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}
