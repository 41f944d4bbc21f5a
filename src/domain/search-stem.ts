/**
 * Stems of search words (ADR 0026): the Snowball algorithms of the `multilingual-stemmer`
 * package for the eight languages Snowball covers, and none for Chinese and Japanese, which
 * keep their character pairs. A word is stemmed after normalising (case and accents folded),
 * so a word typed with or without its accents has one stem. Stems are cached per language:
 * a news text repeats its words, and the stemmer is a call into WebAssembly.
 * @example stemOf('en', 'glaciers') // 'glacier'; stemOf('de', 'gletschern') // 'gletsch'
 */
import { createStemmer } from 'multilingual-stemmer';
import type { Language } from './languages.js';

/** Which Snowball algorithm stems a language's words; null: the word is its own stem. */
export const SNOWBALL: Record<Language, 'en' | 'de' | 'fr' | 'it' | 'es' | 'pt' | 'ru' | 'ar' | null> = {
  en: 'en',
  de: 'de',
  fr: 'fr',
  it: 'it',
  es: 'es',
  pt: 'pt',
  ru: 'ru',
  ar: 'ar',
  zh: null,
  ja: null,
};

/**
 * The version of the words the index holds (normaliser and stemmer together). Raising it
 * makes the next start, or `shortwave search reindex`, index every article anew.
 */
export const SEARCH_NORMALISER_VERSION = 2;

/** Cached stems per language; emptied when full, which a long-running server reaches rarely. */
const CACHE_LIMIT = 50_000;
const caches = new Map<Language, Map<string, string>>();
const stemmers = new Map<Language, (word: string) => string>();

function stemmerOf(language: Language): ((word: string) => string) | null {
  const algorithm = SNOWBALL[language];
  if (algorithm === null) return null;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = createStemmer(algorithm);
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/** The stem of a normalised word (`normalizeSearchText`) in a language; digits stay as they are. */
export function stemOf(language: Language, word: string): string {
  const stemmer = stemmerOf(language);
  if (!stemmer || /^\p{N}+$/u.test(word)) return word;
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const known = cache.get(word);
  if (known !== undefined) return known;
  // The normaliser writes ة as ه; the Arabic stemmer removes a final ة (and the pronoun ه
  // with it), but keeps a final ه after the article: it gets the letter it knows.
  const input = language === 'ar' ? word.replace(/ه$/u, 'ة') : word;
  // The stemmer can hand back a form that is empty; the word then stands for itself.
  const stem = stemmer(input) || word;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}
