import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/languages.js';
import { CATALOGUES, type MessageKey, placeholdersOf, translator } from '../../src/i18n/catalogue.js';
import { compiledIcu, isIcu, pluralSelectors } from '../../src/i18n/icu-messages.js';

const english = CATALOGUES.en;
const englishKeys = Object.keys(english).sort();

describe('message catalogues', () => {
  it('has a catalogue for each of the ten languages', () => {
    expect(LANGUAGES).toHaveLength(10);
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const messages = CATALOGUES[language];

    it('has exactly the English keys', () => {
      expect(Object.keys(messages).sort()).toEqual(englishKeys);
    });

    it('has no empty message', () => {
      for (const [key, message] of Object.entries(messages)) {
        expect(typeof message, key).toBe('string');
        expect(message.trim(), key).not.toBe('');
      }
    });

    it('uses the same placeholders as English in every message', () => {
      for (const key of englishKeys as MessageKey[]) {
        const expected = new Set(placeholdersOf(english[key]));
        const actual = new Set(placeholdersOf(messages[key]));
        expect(actual, `${language} ${key}`).toEqual(expected);
      }
    });

    it('writes every plural and select message in valid ICU syntax, with an `other` form', () => {
      for (const key of englishKeys as MessageKey[]) {
        const message = messages[key];
        expect(isIcu(message), `${language} ${key}: plural where English is, and only there`).toBe(
          isIcu(english[key]),
        );
        if (!isIcu(message)) continue;
        expect(() => compiledIcu(language, key, message), `${language} ${key}`).not.toThrow();
        for (const plural of pluralSelectors(message, language))
          expect(plural.selectors, `${language} ${key} ${plural.argument}`).toContain('other');
      }
    });

    it('keeps the brand and the copyright sign', () => {
      expect(messages['site.name']).toBe('Shortwave');
      expect(messages['footer.copyright']).toContain('©');
    });
  });

  it('gives each language its own home page title', () => {
    const titles = LANGUAGES.map((language) => CATALOGUES[language]['home.title']);
    expect(new Set(titles).size).toBe(LANGUAGES.length);
  });
});

describe('translator', () => {
  it('fills placeholders in German and differs from English', () => {
    const german = translator('de').t('teaser.readMore', { headline: 'X' });
    const englishText = translator('en').t('teaser.readMore', { headline: 'X' });
    expect(german).toContain('X');
    expect(german).not.toContain('{headline}');
    expect(german).not.toBe(englishText);
  });

  it('formats dates in Arabic differently from English', () => {
    const arabic = translator('ar').dateTime('2022-09-22T08:00:00Z');
    expect(arabic).toMatch(/[0-9\u0660-\u0669]/);
    expect(arabic).toMatch(/22|\u0662\u0662/);
    expect(arabic).not.toBe(translator('en').dateTime('2022-09-22T08:00:00Z'));
  });

  it('formats English dates in the Europe/Zurich time zone (UTC+2 in summer)', () => {
    const text = translator('en', 'Europe/Zurich').dateTime('2022-09-22T08:00:00Z');
    expect(text).toContain('September 22, 2022');
    expect(text).toContain('10:00');
  });
});
