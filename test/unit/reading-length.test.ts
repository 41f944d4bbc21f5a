import { describe, expect, it } from 'vitest';
import { readingLength } from '../../src/lib/reading-length.js';

describe('readingLength', () => {
  it('counts the words of a western text, not its punctuation or numbers glued to words', () => {
    expect(readingLength('Bern, 7 December. The council met — again.')).toMatchObject({
      words: 7,
      characters: 0,
    });
  });

  it('counts Chinese and Japanese by the character, kana included, and mixed Latin words as words', () => {
    expect(readingLength('联邦委员会今天开会。')).toMatchObject({ words: 0, characters: 9 });
    expect(readingLength('東京で会議がありました。SBB も')).toMatchObject({ words: 1, characters: 12 });
  });

  it('reads 220 words or 450 CJK characters a minute, and nothing to read takes no time', () => {
    expect(readingLength('word '.repeat(660)).minutes).toBe(3);
    expect(readingLength('字'.repeat(900)).minutes).toBe(2);
    expect(readingLength('One word.').minutes).toBe(1);
    expect(readingLength('  \n ').minutes).toBe(0);
  });

  it('counts Arabic and Russian words', () => {
    expect(readingLength('اجتمع المجلس الاتحادي اليوم').words).toBe(4);
    expect(readingLength('Федеральный совет собрался сегодня.').words).toBe(4);
  });
});
