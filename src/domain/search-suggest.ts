/**
 * "Did you mean": the spellings one edit away from a query word (a letter left out, added,
 * changed, or two neighbours swapped), over the letters of the query's language as the
 * index holds them (accents folded). Storage says which of them the index holds and how
 * often; the most frequent wins, alphabetical order breaks ties.
 * @example nearSpellings('glaicer', 'en').includes('glacier') // true
 */
import type { Language } from './languages.js';

/** Letters of each language after normalising (src/domain/search-text.ts); none for CJK. */
const LETTERS: Record<Language, string> = {
  en: 'abcdefghijklmnopqrstuvwxyz',
  de: 'abcdefghijklmnopqrstuvwxyz',
  fr: 'abcdefghijklmnopqrstuvwxyz',
  it: 'abcdefghijklmnopqrstuvwxyz',
  es: 'abcdefghijklmnopqrstuvwxyz',
  pt: 'abcdefghijklmnopqrstuvwxyz',
  ru: 'абвгдежзийклмнопрстуфхцчшщъыьэюя',
  ar: 'ءابتثجحخدذرزسشصضطظعغفقكلمنهويؤئ',
  zh: '',
  ja: '',
};

/** Shorter words have too many neighbours to guess from; longer ones are not typos. */
const MIN_LENGTH = 4;
const MAX_LENGTH = 24;

/** Every word one edit away from `word` in its language's letters, without `word` itself. */
export function nearSpellings(word: string, language: Language): string[] {
  const letters = Array.from(LETTERS[language]);
  const chars = Array.from(word);
  if (letters.length === 0 || chars.length < MIN_LENGTH || chars.length > MAX_LENGTH) return [];
  const out = new Set<string>();
  const at = (i: number, j: number) => chars.slice(i, j).join('');
  for (let i = 0; i <= chars.length; i++) {
    const head = at(0, i);
    const tail = at(i, chars.length);
    for (const letter of letters) out.add(head + letter + tail);
    if (i < chars.length) {
      const rest = at(i + 1, chars.length);
      out.add(head + rest);
      for (const letter of letters) out.add(head + letter + rest);
      if (i + 1 < chars.length)
        out.add(head + (chars[i + 1] ?? '') + (chars[i] ?? '') + at(i + 2, chars.length));
    }
  }
  out.delete(word);
  return [...out].sort();
}

/** The best of the spellings found in the index: the most frequent, then the first alphabetically. */
export function bestSpelling(found: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [word, count] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}
