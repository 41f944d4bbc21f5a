import { describe, expect, it } from 'vitest';
import { markTermsOf, parseQuery, queryTextOf } from '../../src/domain/search-query.js';
import { stemOf } from '../../src/domain/search-stem.js';
import { bestSpelling, nearSpellings } from '../../src/domain/search-suggest.js';
import { highlight, MAX_QUERY_TOKENS } from '../../src/domain/search-text.js';

const marked = (text: string, query: string, language: 'en' | 'de' | 'ru' = 'en') =>
  highlight(text, markTermsOf(parseQuery(query, language)))
    .filter((part) => part.mark)
    .map((part) => part.text);

describe('stems', () => {
  it('are the Snowball stems of the normalised word in each language', () => {
    expect(stemOf('en', 'glaciers')).toBe('glacier');
    expect(stemOf('en', 'watchmakers')).toBe(stemOf('en', 'watchmaker'));
    expect(stemOf('de', 'gletschern')).toBe('gletsch');
    expect(stemOf('fr', 'chevaux')).toBe('cheval');
    expect(stemOf('ru', 'москвы')).toBe('москв');
    expect(stemOf('ar', 'المكتبه')).toBe(stemOf('ar', 'مكتبه'));
  });

  it('leave Chinese, Japanese and numbers alone', () => {
    expect(stemOf('zh', 'glaciers')).toBe('glaciers');
    expect(stemOf('ja', 'glaciers')).toBe('glaciers');
    expect(stemOf('en', '2026')).toBe('2026');
  });
});

describe('parsing a query', () => {
  it('stems words and keeps their exact form', () => {
    expect(parseQuery('Glaciers MELTING', 'en').terms).toEqual([
      { kind: 'word', exact: 'glaciers', stem: 'glacier' },
      { kind: 'word', exact: 'melting', stem: 'melt' },
    ]);
  });

  it('reads words in quotes as an exact phrase, typographic quotes too', () => {
    expect(parseQuery('"Night trains" Zürich', 'en').terms).toEqual([
      { kind: 'phrase', words: ['night', 'trains'] },
      { kind: 'word', exact: 'zurich', stem: 'zurich' },
    ]);
    expect(parseQuery('„Neue Züge“', 'de').terms).toEqual([{ kind: 'phrase', words: ['neue', 'zuge'] }]);
  });

  it('reads an unpaired quote as nothing', () => {
    expect(parseQuery('"night trains', 'en').terms.map((term) => term.kind)).toEqual(['word', 'word']);
    expect(parseQuery('"', 'en').terms).toEqual([]);
  });

  it('cuts Chinese and Japanese into character pairs, quoted or not', () => {
    expect(parseQuery('"冰川"', 'zh').terms).toEqual([{ kind: 'gram', gram: '冰川' }]);
    expect(parseQuery('瑞士冰川', 'zh').terms.map((term) => term.kind === 'gram' && term.gram)).toEqual([
      '瑞士',
      '士冰',
      '冰川',
    ]);
  });

  it('drops repeats and stops at the token limit', () => {
    expect(parseQuery('glacier glacier GLACIER', 'en').terms).toHaveLength(1);
    const many = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(many, 'en').terms).toHaveLength(MAX_QUERY_TOKENS);
  });

  it('writes a query back as text', () => {
    expect(queryTextOf(parseQuery('"Night trains" Zürich', 'en'))).toBe('"night trains" zurich');
  });
});

describe('marking matches', () => {
  it('marks other forms of a query word, accents typed or not', () => {
    expect(marked('Swiss glaciers shrink; one glacier grows', 'glacier')).toEqual(['glaciers', 'glacier']);
    expect(marked('Die Gletscher in Zürich', 'gletschern zurich', 'de')).toEqual(['Gletscher', 'Zürich']);
    expect(marked('Переговоры в Москве', 'Москва', 'ru')).toEqual(['Москве']);
  });

  it('marks the words of a phrase only in their exact form', () => {
    expect(marked('Night trains and a night train', '"night trains"')).toEqual(['Night', 'trains', 'night']);
  });
});

describe('near spellings', () => {
  it('hold every word one edit away in the letters of the language', () => {
    const near = nearSpellings('glaicer', 'en');
    expect(near).toContain('glacier');
    expect(near).toContain('glaicers');
    expect(near).not.toContain('glaicer');
    expect(nearSpellings('москва', 'ru')).toContain('москве');
  });

  it('are not guessed for short words, Chinese or Japanese', () => {
    expect(nearSpellings('cat', 'en')).toEqual([]);
    expect(nearSpellings('冰川冰川', 'zh')).toEqual([]);
  });

  it('prefer the most frequent spelling, then the first alphabetically', () => {
    expect(
      bestSpelling(
        new Map([
          ['glacier', 3],
          ['glacies', 5],
        ]),
      ),
    ).toBe('glacies');
    expect(
      bestSpelling(
        new Map([
          ['marmot', 2],
          ['carmot', 2],
        ]),
      ),
    ).toBe('carmot');
    expect(bestSpelling(new Map())).toBeNull();
  });
});
