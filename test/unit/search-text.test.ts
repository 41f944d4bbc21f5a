import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../src/domain/body.js';
import {
  bodyPlainText,
  capQuery,
  documentTokens,
  highlight,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TOKENS,
  MAX_TOKEN_LENGTH,
  type Marked,
  normalizeSearchText,
  queryTokens,
  searchDocumentOf,
  snippet,
} from '../../src/domain/search-text.js';

/** True when every query token is among the document's tokens: what both databases check. */
const finds = (document: string, query: string) => {
  const tokens = new Set(documentTokens(document));
  const wanted = queryTokens(query);
  return wanted.length > 0 && wanted.every((token) => tokens.has(token));
};

const markedText = (parts: Marked) => parts.filter((p) => p.mark).map((p) => p.text);
const plain = (parts: Marked) => parts.map((p) => p.text).join('');

describe('normalising search text', () => {
  it('folds case and removes Latin accents', () => {
    expect(normalizeSearchText('Zürich')).toBe('zurich');
    expect(normalizeSearchText('ÉCOLE')).toBe('ecole');
    expect(normalizeSearchText('São Paulo, Città, Andalucía, Ñandú')).toBe(
      'sao paulo, citta, andalucia, nandu',
    );
  });

  it('spells out ß, œ and æ, so that "Strasse" finds "Straße"', () => {
    expect(normalizeSearchText('Straße')).toBe('strasse');
    expect(normalizeSearchText('STRASSE')).toBe('strasse');
    expect(normalizeSearchText('Œuvre Æther')).toBe('oeuvre aether');
  });

  it('unifies compatibility forms: full-width letters, ligatures, half-width katakana', () => {
    expect(normalizeSearchText('Ｚürich ﬁnal')).toBe('zurich final');
    expect(normalizeSearchText('ｶﾞｽ')).toBe('ガス');
  });

  it('folds Cyrillic case, reads ё as е, and keeps й', () => {
    expect(normalizeSearchText('МОСКВА')).toBe('москва');
    expect(normalizeSearchText('Королёв')).toBe('королев');
    expect(normalizeSearchText('ЙОГУРТ')).toBe('йогурт');
  });

  it('normalises Arabic alef forms to bare alef', () => {
    expect(normalizeSearchText('أحمد إسلام آمن ٱلله')).toBe('احمد اسلام امن الله');
  });

  it('reads Arabic ta marbuta as ha and alef maksura as ya', () => {
    expect(normalizeSearchText('مدرسة')).toBe('مدرسه');
    expect(normalizeSearchText('مستشفى')).toBe('مستشفي');
  });

  it('removes Arabic harakat and tatweel, and reads Arabic-Indic digits as 0-9', () => {
    expect(normalizeSearchText('مَدْرَسَةٌ')).toBe('مدرسه');
    expect(normalizeSearchText('العـــربية')).toBe('العربيه');
    expect(normalizeSearchText('٢٠٢٦ ۱۲')).toBe('2026 12');
  });

  it('keeps Japanese voicing marks, so different words stay different', () => {
    expect(normalizeSearchText('ガス')).not.toBe(normalizeSearchText('カス'));
  });
});

describe('document tokens', () => {
  it('are the normalised words, split at spaces and punctuation', () => {
    expect(documentTokens('L’école, c’est «Zürich»-Nord!')).toEqual([
      'l',
      'ecole',
      'c',
      'est',
      'zurich',
      'nord',
    ]);
  });

  it('cut a Chinese run into its characters and overlapping pairs', () => {
    expect(documentTokens('冰川消退')).toEqual(['冰', '冰川', '川', '川消', '消', '消退', '退']);
  });

  it('treat Han, Hiragana and Katakana as one run, and digits and Latin letters as words', () => {
    expect(documentTokens('スイスの氷河')).toEqual([
      'ス',
      'スイ',
      'イ',
      'イス',
      'ス',
      'スの',
      'の',
      'の氷',
      '氷',
      '氷河',
      '河',
    ]);
    expect(documentTokens('东京2026年GDP')).toEqual(['东', '东京', '京', '2026', '年', 'gdp']);
  });

  it('keep a soft hyphen from splitting a word', () => {
    expect(documentTokens('Bundes\u00adrat')).toEqual(['bundesrat']);
  });

  it('cut very long words to the same length as queries do', () => {
    const long = 'a'.repeat(500);
    expect(documentTokens(long)).toEqual(['a'.repeat(MAX_TOKEN_LENGTH)]);
    expect(finds(long, long)).toBe(true);
  });

  it('index the headline with the lead apart from the body, each also as stems', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Körper' }] }],
    };
    expect(searchDocumentOf({ headline: 'Titel Zürich', lead: 'Vorspann', body, language: 'de' })).toEqual({
      headline: 'titel zurich vorspann',
      body: 'korper',
      headlineStems: 'titel zurich vorspann',
      bodyStems: 'korp',
    });
  });
});

describe('query tokens', () => {
  it('match accent- and case-insensitively in Latin scripts', () => {
    expect(finds('Die Stadt Zürich wächst', 'Zurich')).toBe(true);
    expect(finds('Die Stadt Zürich wächst', 'ZÜRICH')).toBe(true);
    expect(finds('Une école neuve', 'ECOLE')).toBe(true);
  });

  it('find a Chinese word inside a sentence without spaces, and not its characters apart', () => {
    expect(finds('瑞士的冰川正在迅速消退', '冰川')).toBe(true);
    expect(finds('冰雪覆盖了四川的山区', '冰川')).toBe(false);
  });

  it('find a Japanese word inside a sentence', () => {
    expect(finds('スイスの氷河が急速に後退している', '氷河')).toBe(true);
    expect(finds('スイスの氷河が急速に後退している', '後退')).toBe(true);
  });

  it('are pairs for a CJK query, and the character itself for a one-character query', () => {
    expect(queryTokens('冰川消退')).toEqual(['冰川', '川消', '消退']);
    expect(queryTokens('冰')).toEqual(['冰']);
    expect(finds('瑞士的冰川', '冰')).toBe(true);
  });

  it('find Arabic with or without diacritics and whatever the alef form', () => {
    const text = 'افتتحت مَدْرَسَةٌ جديدة في أسوان قرب المستشفى';
    for (const query of ['مدرسة', 'مَدْرَسَة', 'مدرسه', 'اسوان', 'إسوان', 'المستشفي', 'مدرســة']) {
      expect(finds(text, query), query).toBe(true);
    }
  });

  it('find Russian in another case (no stemming: only case and ё are folded)', () => {
    expect(finds('Москва и Женева', 'МОСКВА')).toBe(true);
    expect(finds('Сергей Королёв', 'королев')).toBe(true);
  });

  it('treat search operators as plain words or separators', () => {
    expect(queryTokens('"NEAR" OR (fondue* -raclette) AND x:y')).toEqual([
      'near',
      'or',
      'fondue',
      'raclette',
      'and',
      'x',
      'y',
    ]);
  });

  it('are empty for an empty query or for punctuation only', () => {
    for (const query of ['', '   ', '"', '*', '-', '(', '!!! ??? ...', '«»', '、。']) {
      expect(queryTokens(query), JSON.stringify(query)).toEqual([]);
    }
  });

  it('use at most the first characters and tokens of a very long query, each once', () => {
    expect(Array.from(capQuery('ä'.repeat(10_000)))).toHaveLength(MAX_QUERY_LENGTH);
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(queryTokens(many)).toHaveLength(MAX_QUERY_TOKENS);
    expect(queryTokens('fondue Fondue FONDUE')).toEqual(['fondue']);
  });
});

describe('body plain text', () => {
  it('takes paragraphs, headings, quotes, nested lists and captions, but not embeds or "More" boxes', () => {
    const text = (value: string) => ({ type: 'text' as const, text: value });
    const para = (value: string) => ({ type: 'paragraph' as const, content: [text(value)] });
    const body: BodyDoc = {
      type: 'doc',
      content: [
        para('First'),
        { type: 'heading', attrs: { level: 2 }, content: [text('Heading')] },
        { type: 'blockquote', content: [para('Quoted')] },
        {
          type: 'bullet_list',
          content: [
            {
              type: 'list_item',
              content: [
                para('Item'),
                { type: 'ordered_list', content: [{ type: 'list_item', content: [para('Nested')] }] },
              ],
            },
          ],
        },
        { type: 'image', attrs: { mediaId: 'm1', alt: 'Alt text', caption: 'Caption' } },
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abc' } },
        { type: 'related', attrs: { articleId: 'a1' } },
      ],
    };
    expect(bodyPlainText(body).split('\n')).toEqual([
      'First',
      'Heading',
      'Quoted',
      'Item',
      'Nested',
      'Caption',
    ]);
  });
});

describe('highlighting', () => {
  it('marks whole matching words in the original spelling', () => {
    const parts = highlight('Zürich und Zürichsee: ZURICH', queryTokens('zurich'));
    expect(markedText(parts)).toEqual(['Zürich', 'ZURICH']);
    expect(plain(parts)).toBe('Zürich und Zürichsee: ZURICH');
  });

  it('marks a Chinese word inside a sentence, and an Arabic word written with diacritics', () => {
    expect(markedText(highlight('瑞士的冰川正在迅速消退', queryTokens('冰川')))).toEqual(['冰川']);
    expect(markedText(highlight('افتتحت مَدْرَسَةٌ جديدة', queryTokens('مدرسة')))).toEqual(['مَدْرَسَةٌ']);
  });

  it('keeps markup in the text as text, for the renderer to escape', () => {
    const parts = highlight('<script>alert(1)</script> marmot', queryTokens('marmot'));
    expect(plain(parts)).toBe('<script>alert(1)</script> marmot');
    expect(markedText(parts)).toEqual(['marmot']);
  });
});

describe('snippets', () => {
  const filler = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

  it('show the text around a late match, cut at spaces, with ellipses', () => {
    const text = `${filler('before', 100)} the marmot whistled ${filler('after', 100)}`;
    const parts = snippet(text, queryTokens('marmot'), 120);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.at(-1)?.text).toBe(' …');
    expect(markedText(parts)).toEqual(['marmot']);
    expect(plain(parts)).not.toMatch(/ (befor|afte|aft)\b/);
    expect(plain(parts).length).toBeLessThan(140);
  });

  it('show a full window before a match near the end of the text', () => {
    const text = `${filler('before', 100)} the marmot whistled.`;
    const parts = snippet(text, queryTokens('marmot'), 120);
    expect(parts[0]?.text).toBe('… ');
    expect(parts.at(-1)).toEqual({ text: ' whistled.', mark: false });
    expect(plain(parts).length).toBeGreaterThan(100);
  });

  it('start at the beginning when the match is early, or when nothing matches', () => {
    const text = `Marmot ${filler('word', 100)}`;
    expect(snippet(text, queryTokens('marmot'), 60)[0]).toEqual({ text: 'Marmot', mark: true });
    const unmatched = snippet(text, queryTokens('ibex'), 60);
    expect(unmatched[0]).toEqual({ text: `Marmot ${filler('word', 10)}`, mark: false });
    expect(unmatched[1]).toEqual({ text: ' …', mark: false });
  });

  it('cut Chinese text, which has no spaces, without losing the match', () => {
    const text = `${'瑞士的天气很好。'.repeat(40)}瑞士的冰川正在迅速消退${'科学家表示。'.repeat(40)}`;
    const parts = snippet(text, queryTokens('冰川'), 60);
    expect(markedText(parts)).toEqual(['冰川']);
    expect(plain(parts).length).toBeLessThan(70);
  });
});
