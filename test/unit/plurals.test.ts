/**
 * Counted messages in all ten languages: each plural message has exactly the plural categories
 * its language has (Intl.PluralRules), renders for 0, 1, 2, 3, 11 and 100 with the number in it,
 * and the browser islands render the same text as the server.
 * @example npx vitest run test/unit/plurals.test.ts
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/languages.js';
import { CATALOGUES, type MessageKey, translator } from '../../src/i18n/catalogue.js';
import { icuArguments, pluralSelectors } from '../../src/i18n/icu-messages.js';
import { renderParts } from '../../src/lib/message-parts.js';

const NUMBERS = [0, 1, 2, 3, 11, 100];
/** Arguments of counted messages that are not numbers. */
const TEXT_ARGUMENTS: Record<string, string> = { query: 'Bern', time: '10:15' };

const COUNTED = (Object.keys(CATALOGUES.en) as MessageKey[]).filter(
  (key) => pluralSelectors(CATALOGUES.en[key], 'en').length > 0,
);

function varsFor(message: string, n: number): Record<string, string | number> {
  return Object.fromEntries(icuArguments(message).map((name) => [name, TEXT_ARGUMENTS[name] ?? n]));
}

describe('counted messages', () => {
  it('are plural messages, among them the counts readers and the newsroom see', () => {
    expect(COUNTED).toEqual(
      expect.arrayContaining([
        'search.results',
        'readers.comments.recommendations',
        'readers.moderation.reports',
        'readers.moderation.done',
        'readers.debatesDesk.counts',
        'trust.inbox.count',
        'abuse.login.paused',
        'limits.tooManyFields.body',
      ]),
    );
    expect(Object.keys(CATALOGUES.en)).not.toContain('search.resultsOne');
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const rules = new Intl.PluralRules(language);
    const numberFormat = new Intl.NumberFormat(language);
    const t = translator(language);

    it.each(COUNTED)('%s has exactly the plural categories of the language', (key) => {
      const english = pluralSelectors(CATALOGUES.en[key], 'en').map((p) => p.argument);
      const plurals = pluralSelectors(CATALOGUES[language][key], language);
      expect(plurals.map((p) => p.argument).sort(), 'the same counted arguments as English').toEqual(
        english.sort(),
      );
      for (const plural of plurals) {
        const selectors = plural.selectors.filter((selector) => !selector.startsWith('='));
        expect(selectors.sort(), `${key} ${plural.argument}`).toEqual([...categories].sort());
      }
    });

    it.each(COUNTED)('%s renders 0, 1, 2, 3, 11 and 100 with the number where the form needs it', (key) => {
      const message = CATALOGUES[language][key];
      for (const n of NUMBERS) {
        const text = t.t(key, varsFor(message, n));
        expect(text, `${key} ${n}`).not.toMatch(/[{}#]/);
        const category = rules.select(n);
        // Arabic says "one comment", "two comments" (dual) and "no comments" in words.
        const inWords = language === 'ar' && ['zero', 'one', 'two'].includes(category);
        if (!inWords) expect(text, `${key} ${n}`).toContain(numberFormat.format(n));
      }
    });
  });

  it('says "1 report" and "1 comment", never "1 reports" or "1 comments"', () => {
    const en = translator('en');
    expect(en.t('trust.inbox.count', { count: 1 })).toBe('1 report');
    expect(en.t('trust.inbox.count', { count: 2 })).toBe('2 reports');
    expect(en.t('readers.moderation.done', { count: 1 })).toBe('Done: 1 comment.');
    expect(en.t('search.results', { count: 1, query: 'Bern' })).toBe('1 result for “Bern”');
    expect(en.t('readers.comments.recommendations', { count: 1 })).toBe('Recommended 1 time');
  });

  it('uses the Russian one/few/many forms and the French singular for 0 and 1', () => {
    const ru = translator('ru');
    expect(ru.t('trust.inbox.count', { count: 1 })).toBe('1 сообщение');
    expect(ru.t('trust.inbox.count', { count: 21 })).toBe('21 сообщение');
    expect(ru.t('trust.inbox.count', { count: 3 })).toBe('3 сообщения');
    expect(ru.t('trust.inbox.count', { count: 11 })).toBe('11 сообщений');
    const fr = translator('fr');
    expect(fr.t('trust.inbox.count', { count: 0 })).toBe('0 signalement');
    expect(fr.t('trust.inbox.count', { count: 1 })).toBe('1 signalement');
    expect(fr.t('trust.inbox.count', { count: 2 })).toBe('2 signalements');
  });

  it('gives Arabic its six forms, not the 3-10 form for every number', () => {
    const ar = translator('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((n) => ar.t('readers.moderation.done', { count: n }));
    expect(new Set(forms).size).toBe(6);
    expect(forms[3]).toContain('تعليقات'); // 3: plural
    expect(forms[4]).toContain('تعليقًا'); // 11: singular, accusative
    expect(forms[5]).not.toContain('تعليقات'); // 100: singular
  });

  it('lets the browser islands render every counted message exactly as the server does', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const key of COUNTED) {
        const parts = t.parts(key);
        for (const n of [...NUMBERS, 21, 1000, 1_000_000]) {
          const vars = varsFor(CATALOGUES[language][key], n);
          expect(renderParts(parts, language, vars), `${language} ${key} ${n}`).toBe(t.t(key, vars));
        }
      }
    }
  });

  it('names the message when a plural message is rendered without its number', () => {
    expect(() => translator('en').t('trust.inbox.count')).toThrow(/trust\.inbox\.count/);
  });
});
