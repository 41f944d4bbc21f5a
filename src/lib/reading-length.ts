/**
 * How long a text is and how long it takes to read, for the editor's side panel. Words are
 * counted as the browser's word segmenter sees them; Chinese and Japanese have no spaces
 * between words, so there every Han, kana or Hangul character counts as a character of its own
 * (the unit editors in those languages count in), and reading time uses characters per minute.
 * @example readingLength('Bern, 7 December. 漢字です') // { words: 3, characters: 4, minutes: 1 }
 */

/** Han, kana and Hangul: written without spaces, counted by the character. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Common reading speeds for news copy: words a minute, and characters a minute for CJK text. */
export const WORDS_PER_MINUTE = 220;
export const CJK_CHARACTERS_PER_MINUTE = 450;

export interface ReadingLength {
  /** Words outside CJK text. */
  words: number;
  /** CJK characters (Han, kana, Hangul). */
  characters: number;
  /** Whole minutes to read, at least 1 when there is anything to read. */
  minutes: number;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Counts the words and CJK characters of a text and its reading time. */
export function readingLength(text: string): ReadingLength {
  let words = 0;
  let characters = 0;
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const cjk = Array.from(segment.segment).filter((char) => CJK.test(char)).length;
    if (cjk > 0) characters += cjk;
    else words += 1;
  }
  const exact = words / WORDS_PER_MINUTE + characters / CJK_CHARACTERS_PER_MINUTE;
  return { words, characters, minutes: words + characters === 0 ? 0 : Math.max(1, Math.round(exact)) };
}
