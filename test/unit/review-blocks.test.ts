/**
 * The stable keys of a version's body blocks (ADR 0024, amended): a review mark stays on its
 * paragraph when paragraphs are inserted, deleted or edited around it.
 * @example npx vitest run test/unit/review-blocks.test.ts
 */
import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../src/domain/review-blocks.js';
import {
  followBlocks,
  type TranslationReview,
  unreviewedNames,
} from '../../src/domain/translation-review.js';

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const doc = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map(para) });
const TEXTS = [
  'Primer párrafo sobre el parque eólico.',
  'Segundo párrafo con la opinión del alcalde.',
  'Tercer párrafo sobre las turbinas nuevas.',
];
const before = doc(...TEXTS);
const keys = ['a', 'b', 'c'];

describe('alignBlocks', () => {
  it('keeps the keys of the blocks that stay, and gives an inserted block a new one', () => {
    const after = doc('Un párrafo nuevo.', ...TEXTS);
    const aligned = alignBlocks(before, keys, after);
    expect(aligned.slice(1)).toEqual(['a', 'b', 'c']);
    expect(keys).not.toContain(aligned[0]);
  });

  it('drops the key of a deleted block and keeps the key of a block edited in place', () => {
    expect(alignBlocks(before, keys, doc('Segundo párrafo con la opinión del alcalde.', 'Tercero.'))).toEqual(
      ['b', 'c'],
    );
    const edited = doc(
      'Primer párrafo sobre el parque eólico.',
      'Segundo párrafo con la opinión del alcalde, corregido.',
      'Tercer párrafo sobre las turbinas nuevas.',
    );
    expect(alignBlocks(before, keys, edited)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a reviewed third paragraph reviewed when one is inserted at the top; the new one is not', () => {
    const review: TranslationReview = {
      articleId: 'v',
      sourceId: 'o',
      sourceVersion: 1,
      sourceText: { headline: 'H', lead: '', body: before },
      provider: 'test',
      unreviewed: ['block:a', 'block:b'],
      blocks: keys,
      createdAt: '2026-12-07T00:00:00Z',
    };
    const version = { headline: 'H', lead: '', kicker: null, hero: null };
    const body = doc('Nuevo.', ...TEXTS);
    const next = followBlocks(review, { ...version, body }, alignBlocks(before, keys, body));
    expect(unreviewedNames(next, { ...version, body })).toEqual(['body.0', 'body.1', 'body.2']);
  });
});
