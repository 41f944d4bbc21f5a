import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyDoc, InlineNode } from '../../src/domain/body.js';
import { MachineTranslationError } from '../../src/integrations/machine-translation.js';
import { machineTranslationFrom, type ProviderChoice } from '../../src/integrations/mt-setup.js';
import { translationCacheIn } from '../../src/storage/repos/machine-translations.js';
import { freshStore, type TestStore } from '../support/databases.js';
import { startTranslationStandIn, type TranslationStandIn } from '../support/translation-stand-in.js';

const KEY = 'stand-in-key:fx';
const BODY: BodyDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The ' },
        { type: 'text', text: 'old', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' man reads ' },
        {
          type: 'text',
          text: 'the newspaper',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }],
        },
        { type: 'text', text: ' at 5 & 6 <pm>.' },
      ],
    },
    { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abc' } },
  ],
};

let standIn: TranslationStandIn;
let s: TestStore;
beforeAll(async () => {
  standIn = await startTranslationStandIn({ key: KEY });
  s = await freshStore('sqlite');
});
afterAll(async () => {
  await standIn.close();
  await s.cleanup();
});

const PROVIDERS: Array<[string, ProviderChoice['provider']]> = [
  ['LibreTranslate', 'libretranslate'],
  ['DeepL', 'deepl'],
];

describe.each(PROVIDERS)('%s through its documented HTTP API (a local stand-in)', (name, provider) => {
  const mt = (options: { key?: string; retries?: number } = {}) =>
    machineTranslationFrom(
      { provider, url: standIn.url, key: options.key ?? KEY, pivot: undefined },
      {
        cache: translationCacheIn(s.store.db, () => new Date('2026-12-07T12:00:00Z')),
        backoffMs: 5,
        retries: options.retries ?? 3,
      },
    );

  it('translates a batch of texts in one request, and the same texts again from the cache', async () => {
    const translator = mt();
    expect(translator.provider).toBe(name);
    const sent = standIn.translations.length;
    const texts = [`Good morning ${name}`, `The old man ${name}`, '2026'];
    expect(await translator.translateTexts(texts, 'en', 'es')).toEqual([
      `buenos días ${name}`,
      `el viejo hombre ${name}`,
      '2026',
    ]);
    expect(standIn.translations.length).toBe(sent + 1);
    expect(standIn.translations.at(-1)?.texts).toEqual(texts.slice(0, 2));
    expect(await mt().translateTexts(texts, 'en', 'es')).toEqual(
      await translator.translateTexts(texts, 'en', 'es'),
    );
    expect(standIn.translations.length).toBe(sent + 1);
  });

  it('keeps a bold word, a link’s address, escaped characters and embeds in a body', async () => {
    const out = await mt().translateBody(BODY, 'en', 'de');
    const sent = standIn.translations.at(-1);
    expect(JSON.stringify(sent?.body)).not.toContain('example.org');
    expect(sent?.body).toMatchObject(provider === 'deepl' ? { tag_handling: 'html' } : { format: 'html' });
    const paragraph = (out.content[0] as { content: InlineNode[] }).content;
    expect(paragraph).toEqual([
      { type: 'text', text: 'der ' },
      { type: 'text', text: 'alte', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' Mann liest ' },
      {
        type: 'text',
        text: 'der Zeitung',
        marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }],
      },
      { type: 'text', text: ' at 5 & 6 <pm>.' },
    ]);
    expect(out.content[1]).toEqual(BODY.content[1]);
  });

  it('retries a busy provider with backoff, and gives up after a bounded number of tries', async () => {
    standIn.failNext(2, provider === 'deepl' ? 429 : 503);
    expect(await mt().translateTexts([`The man ${name} retried`], 'en', 'es')).toEqual([
      `el hombre ${name} retried`,
    ]);
    standIn.failNext(10, 503);
    const before = standIn.translations.length;
    const error = await mt({ retries: 2 })
      .translateTexts([`The man ${name} gave up`], 'en', 'es')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MachineTranslationError);
    expect((error as MachineTranslationError).reason).toBe('unavailable');
    standIn.failNext(0, 503);
    expect(standIn.translations.length).toBe(before);
  });

  it('names a wrong key as rejected, without retrying, and a missing pair as unsupported', async () => {
    const error = await mt({ key: 'wrong' })
      .translateTexts([`The man ${name} wrong key`], 'en', 'es')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MachineTranslationError);
    expect((error as MachineTranslationError).reason).toBe('rejected');
    expect(await mt().canTranslate('en', 'ja')).toBe(false);
    const missing = await mt()
      .translateTexts(['Hello'], 'en', 'ja')
      .catch((e: unknown) => e);
    expect((missing as MachineTranslationError).reason).toBe('unsupported_pair');
  });
});

describe('LibreTranslate with regional language codes', () => {
  it('translates into Chinese named `zh-Hans` by the server, sending the server’s own code', async () => {
    const mt = machineTranslationFrom(
      { provider: 'libretranslate', url: standIn.url, key: KEY, pivot: undefined },
      { backoffMs: 5 },
    );
    expect(await mt.canTranslate('en', 'zh')).toBe(true);
    await mt.translateTexts(['Good morning'], 'en', 'zh');
    expect(standIn.translations.at(-1)?.body).toMatchObject({ source: 'en', target: 'zh-Hans' });
  });
});
