/**
 * A light check of the language a text is written in, for the publish guard of translations:
 * the script decides Arabic, Russian, Chinese and Japanese; among the six languages written in
 * Latin letters, words that are frequent in one of them and in no other (stop words) decide.
 * It answers only when it is sure (enough letters, a clear winner); otherwise null, so a short
 * headline or a text full of names never stops a publication.
 * @example detectLanguage('The minister said that the plan was ready and that it will be voted on') // 'en'
 */
import type { Article } from './article.js';
import type { Language } from './languages.js';
import { bodyPlainText } from './search-text.js';

const LATIN: Record<'en' | 'de' | 'fr' | 'it' | 'es' | 'pt', string> = {
  en: 'the and of to is that with for was are this it has have be by from which were will not',
  de: 'der die das und ist nicht mit den ein eine auf sich dem des von zu für wird sind auch im',
  fr: 'le les et est des une du dans que qui pour pas sur au avec ce sont il elle ne',
  it: 'il di che è per una sono del della non nel gli con questo anche alla ha',
  es: 'el los las y en es por una del con para se al como más pero sus ha',
  pt: 'o os as e em é do da um uma para com não dos das no na mais ao',
};

/** Each stop word of exactly one language, with that language: shared words decide nothing. */
const STOP_WORDS: ReadonlyMap<string, Language> = (() => {
  const seen = new Map<string, Language | null>();
  for (const [language, words] of Object.entries(LATIN) as Array<[Language, string]>) {
    for (const word of words.split(' ')) seen.set(word, seen.has(word) ? null : language);
  }
  return new Map([...seen].filter((entry): entry is [string, Language] => entry[1] !== null));
})();

/** Fewer letters than this and the check does not answer. */
const MIN_LETTERS = 12;
/** Fewer stop words than this (for Latin script) and the check does not answer. */
const MIN_STOP_WORDS = 3;

/** The language `text` is detectably written in, or null when the check is not sure. */
export function detectLanguage(text: string): Language | null {
  const counts = { arabic: 0, cyrillic: 0, han: 0, kana: 0, latin: 0 };
  for (const char of text) {
    if (/\p{Script=Arabic}/u.test(char)) counts.arabic++;
    else if (/\p{Script=Cyrillic}/u.test(char)) counts.cyrillic++;
    else if (/\p{Script=Han}/u.test(char)) counts.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) counts.kana++;
    else if (/\p{Script=Latin}/u.test(char)) counts.latin++;
  }
  const total = counts.arabic + counts.cyrillic + counts.han + counts.kana + counts.latin;
  if (total < MIN_LETTERS) return null;
  const cjk = counts.han + counts.kana;
  const top = Math.max(counts.arabic, counts.cyrillic, cjk, counts.latin);
  if (top < total * 0.6) return null;
  if (top === counts.arabic) return 'ar';
  if (top === counts.cyrillic) return 'ru';
  if (top === cjk) return counts.kana >= cjk * 0.1 ? 'ja' : 'zh';
  return latinLanguage(text);
}

function latinLanguage(text: string): Language | null {
  const hits = new Map<Language, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const language = STOP_WORDS.get(word);
    if (language) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_STOP_WORDS) return null;
  return !second || best[1] >= second[1] * 2 ? best[0] : null;
}

/** The first of headline, lead and body whose text is detectably in another language than the article's. */
export function languageMismatch(
  article: Pick<Article, 'language' | 'headline' | 'lead' | 'body'>,
): { field: 'headline' | 'lead' | 'body'; detected: Language } | null {
  const texts = [
    ['headline', article.headline],
    ['lead', article.lead],
    ['body', bodyPlainText(article.body)],
  ] as const;
  for (const [field, text] of texts) {
    const detected = detectLanguage(text);
    if (detected && detected !== article.language) return { field, detected };
  }
  return null;
}
