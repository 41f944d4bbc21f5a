import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../src/domain/body.js';
import { gapField, gapMessage, imageTextGaps } from '../../src/domain/image-texts.js';

const image = (mediaId: string, alt: string, credit?: string) => ({
  type: 'image' as const,
  attrs: credit === undefined ? { mediaId, alt } : { mediaId, alt, credit },
});
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as BodyDoc;
const library = new Map([
  ['credited', { credit: 'Keystone' }],
  ['bare', { credit: null }],
]);

describe('credit and alt text for publishing', () => {
  it('finds nothing to complain about when every image is credited, by the article or the library', () => {
    const body = doc(image('credited', 'Palace'), image('bare', 'Boats', 'AP'));
    const hero = { mediaId: 'bare', alt: 'Boats', caption: null, credit: 'Reuters' };
    expect(imageTextGaps({ hero, body }, library)).toEqual([]);
  });

  it('names the hero first, then body images in reading order, also inside quotes and lists', () => {
    const body = doc(
      image('credited', 'Palace'),
      { type: 'blockquote', content: [image('bare', 'Boats in a quote')] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [image('bare', '  ')] }] },
    );
    const hero = { mediaId: 'bare', alt: 'Boats', caption: null, credit: null };
    const gaps = imageTextGaps({ hero, body }, library);
    expect(gaps.map((g) => [g.place, g.n, g.missing, g.label])).toEqual([
      ['hero', 0, 'credit', 'Boats'],
      ['body', 2, 'credit', 'Boats in a quote'],
      ['body', 3, 'alt', 'bare'],
      ['body', 3, 'credit', 'bare'],
    ]);
    expect(gaps.map(gapField)).toEqual([
      'hero.credit',
      'body.images.2.credit',
      'body.images.3.alt',
      'body.images.3.credit',
    ]);
    expect(gapMessage(gaps[1] ?? gaps[0]!)).toBe(
      'Image 2 in the body (“Boats in a quote”, media bare) needs a credit before the article can be published: credit and alt text are required for every image',
    );
  });
});
