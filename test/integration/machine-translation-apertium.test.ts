import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyDoc, InlineNode, Mark } from '../../src/domain/body.js';
import { BodySchema } from '../../src/domain/body.js';
import { MachineTranslationError } from '../../src/integrations/machine-translation.js';
import { machineTranslationFrom } from '../../src/integrations/mt-setup.js';
import { countCachedTranslations, translationCacheIn } from '../../src/storage/repos/machine-translations.js';
import { type ApertiumServer, startApertium } from '../support/apertium.js';
import { DIALECTS, freshStore, type TestStore } from '../support/databases.js';

const text = (value: string, marks?: Mark[]): InlineNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

const BODY: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('The new bridge')] },
    {
      type: 'paragraph',
      content: [
        text('The city opened the '),
        text('new', [{ type: 'bold' }]),
        text(' bridge on 12 March 2026. Read '),
        text('the report', [{ type: 'link', attrs: { href: 'https://example.org/report?id=42' } }]),
        text('.'),
      ],
    },
    { type: 'related', attrs: { articleId: 'art_related' } },
    {
      type: 'image',
      attrs: { mediaId: 'med_1', alt: 'The old bridge at night', caption: 'The river', credit: 'Anna Smith' },
    },
    { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abc' } },
    {
      type: 'bullet_list',
      content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('The cars wait.')] }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('The bridge is beautiful.')] }] },
  ],
};

const inlineOf = (body: BodyDoc, index: number): InlineNode[] =>
  (body.content[index] as { content?: InlineNode[] }).content ?? [];
const plain = (nodes: InlineNode[]) => nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('');

let apy: ApertiumServer;
beforeAll(async () => {
  apy = await startApertium();
}, 60_000);
afterAll(async () => {
  await apy?.stop();
});

describe.each(DIALECTS)('machine translation through the real Apertium APY, cached on %s', (dialect) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(dialect);
  });
  afterAll(async () => {
    await s.cleanup();
  });
  const mt = () =>
    machineTranslationFrom(
      { provider: 'apertium', url: apy.url, key: undefined, pivot: 'es' },
      { cache: translationCacheIn(s.store.db, () => new Date('2026-12-07T12:00:00Z')) },
    );

  it('translates English into Spanish, and into Portuguese through Spanish', async () => {
    const translator = mt();
    expect(translator.provider).toBe('Apertium');
    expect(await translator.canTranslate('en', 'es')).toBe(true);
    expect(await translator.canTranslate('en', 'pt')).toBe(true);
    expect(await translator.canTranslate('en', 'ja')).toBe(false);
    const [es] = await translator.translateTexts(['The old man reads the newspaper.'], 'en', 'es');
    expect(es).toMatch(/hombre/);
    expect(es).toMatch(/lee/);
    const [pt] = await translator.translateTexts(['The old man reads the newspaper.'], 'en', 'pt');
    expect(pt).toMatch(/homem/);
    expect(pt).toMatch(/lê/);
    expect(pt).toMatch(/diário|jornal/);
  });

  it('refuses a pair it cannot reach, naming it', async () => {
    const error = await mt()
      .translateTexts(['Hello'], 'en', 'ja')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MachineTranslationError);
    expect((error as MachineTranslationError).reason).toBe('unsupported_pair');
  });

  it('keeps the body’s structure, a bold word, a link, numbers, embeds and “More” boxes', async () => {
    const out = await mt().translateBody(BODY, 'en', 'es');
    expect(BodySchema.safeParse(out).success).toBe(true);
    expect(out.content.map((b) => b.type)).toEqual(BODY.content.map((b) => b.type));
    expect(plain(inlineOf(out, 0))).toMatch(/puente/);
    const paragraph = inlineOf(out, 1);
    expect(plain(paragraph)).toMatch(/ciudad/);
    expect(plain(paragraph)).toMatch(/12/);
    expect(plain(paragraph)).toMatch(/2026/);
    const bold = paragraph.filter((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'bold'));
    expect(bold.length).toBeGreaterThan(0);
    const linked = paragraph.filter((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'link'));
    expect(linked.length).toBeGreaterThan(0);
    expect(
      linked.map((n) => (n.type === 'text' ? n.marks?.find((m) => m.type === 'link') : undefined)),
    ).toContainEqual({
      type: 'link',
      attrs: { href: 'https://example.org/report?id=42' },
    });
    expect(out.content[2]).toEqual(BODY.content[2]);
    const image = out.content[3] as Extract<BodyDoc['content'][number], { type: 'image' }>;
    expect(image.attrs.mediaId).toBe('med_1');
    expect(image.attrs.credit).toBe('Anna Smith');
    expect(image.attrs.alt).toMatch(/puente/);
    expect(image.attrs.caption).toMatch(/río/);
    expect(out.content[4]).toEqual(BODY.content[4]);
    expect(JSON.stringify(out.content[5])).toMatch(/coches|carros/);
    expect(JSON.stringify(out.content[6])).toMatch(/puente/);
  });

  it('answers a paragraph translated before from the cache, without asking the provider again', async () => {
    const translator = mt();
    await translator.translateTexts(['The bridge is open.'], 'en', 'pt');
    const before = await countCachedTranslations(s.store.db);
    expect(before).toBeGreaterThan(0);
    await apy.stop();
    try {
      // The provider is gone: both texts (one from an earlier test) come from the database.
      const out = await translator.translateTexts(
        ['The old man reads the newspaper.', 'The bridge is open.'],
        'en',
        'pt',
      );
      expect(out[0]).toMatch(/homem/);
      expect(out[1]).toMatch(/ponte/);
    } finally {
      apy = await startApertium();
    }
    expect(await countCachedTranslations(s.store.db)).toBe(before);
  }, 60_000);
});
