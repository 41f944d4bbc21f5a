import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generationMemo } from '../../src/http/generation-memo.js';
import { createPageCache } from '../../src/http/page-cache.js';
import { translator } from '../../src/i18n/catalogue.js';
import { readJson } from '../../src/storage/json.js';

describe('readJson remembers what passed its schema', () => {
  const Names = z.object({ en: z.string(), de: z.string().default('') });

  it('answers the same data the first and the second time, also where the schema fills in defaults', () => {
    const canonical = '{"en":"World","de":"Welt"}';
    const withDefault = '{"en":"Sport"}';
    for (let i = 0; i < 3; i++) {
      expect(readJson(Names, canonical, 'names')).toEqual({ en: 'World', de: 'Welt' });
      expect(readJson(Names, withDefault, 'names')).toEqual({ en: 'Sport', de: '' });
    }
  });

  it('answers a fresh object each time, so a caller changing it does not change the next answer', () => {
    const text = '{"en":"Business","de":"Wirtschaft"}';
    const first = readJson(Names, text, 'names');
    first.en = 'changed';
    expect(readJson(Names, text, 'names').en).toBe('Business');
  });

  it('still refuses a broken text after valid ones, and per schema', () => {
    readJson(Names, '{"en":"Culture","de":"Kultur"}', 'names');
    expect(() => readJson(Names, '{"de":"Kultur"}', 'names of section x')).toThrow(
      /stored names of section x does not match its schema/,
    );
    const Strict = z.object({ en: z.string().min(10) });
    expect(() => readJson(Strict, '{"en":"Culture","de":"Kultur"}', 'strict')).toThrow(/strict/);
  });

  it('checks a long text by its key once, and a new key again', () => {
    const Body = z.object({ content: z.array(z.object({ type: z.literal('paragraph') })) });
    const long = JSON.stringify({ content: Array.from({ length: 400 }, () => ({ type: 'paragraph' })) });
    expect(long.length).toBeGreaterThan(2048);
    expect(readJson(Body, long, 'body', 'a1 1').content).toHaveLength(400);
    expect(readJson(Body, long, 'body', 'a1 1').content).toHaveLength(400);
    const broken = long.replace('"paragraph"', '"script"');
    expect(() => readJson(Body, broken, 'body', 'a1 2')).toThrow(/body does not match/);
  });
});

describe('generationMemo', () => {
  it('loads once per key until the page cache is cleared, and again after a failure', async () => {
    const cache = createPageCache({ enabled: false });
    let loads = 0;
    let fail = false;
    const memo = generationMemo(cache, async (key: string) => {
      loads += 1;
      if (fail) throw new Error('down');
      return `${key}${loads}`;
    });
    expect(await memo('en')).toBe('en1');
    expect(await memo('en')).toBe('en1');
    expect(await memo('de')).toBe('de2');
    cache.clear();
    fail = true;
    await expect(memo('en')).rejects.toThrow('down');
    fail = false;
    expect(await memo('en')).toBe('en4');
    expect(loads).toBe(4);
  });
});

describe('translator', () => {
  it('formats the same instant the same way every time, and each instant its own way', () => {
    const t = translator('de', 'Europe/Zurich');
    const a = t.dateTime('2026-11-29T08:00:00.000Z');
    expect(t.dateTime('2026-11-29T08:00:00.000Z')).toBe(a);
    expect(a).toContain('29. November 2026');
    expect(t.dateTime('2026-11-30T08:00:00.000Z')).not.toBe(a);
    expect(t.t('author.articles', { name: 'Ana' })).toContain('Ana');
  });
});
