import { describe, expect, it } from 'vitest';
import { applyChoices, type Draft, mergeBlocks, mergeFields } from '../../client/editor/merge.js';
import type { BlockNode } from '../../src/domain/body.js';

const p = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function draft(fields: Partial<Draft> = {}): Draft {
  return {
    headline: 'Headline',
    lead: 'Lead',
    kicker: '',
    type: 'news',
    section: 'politics',
    dateline: '',
    source: '',
    topics: [],
    authors: [],
    hero: null,
    body: { type: 'doc', content: [p('one'), p('two'), p('three')] },
    ...fields,
  };
}

describe('merging two edits of one article', () => {
  it('combines edits of different blocks, in order', () => {
    const base = [p('one'), p('two'), p('three')];
    const mine = [p('zero'), p('one'), p('two'), p('three')];
    const theirs = [p('one'), p('two, edited'), p('three'), p('four')];
    expect(mergeBlocks(base, mine, theirs)).toEqual([
      p('zero'),
      p('one'),
      p('two, edited'),
      p('three'),
      p('four'),
    ]);
  });

  it('takes an identical change once', () => {
    const base = [p('one')];
    const both = [p('one, fixed')];
    expect(mergeBlocks(base, both, both)).toEqual(both);
  });

  it('refuses to combine two different edits of the same block', () => {
    const base = [p('one'), p('two')];
    expect(mergeBlocks(base, [p('one'), p('mine')], [p('one'), p('theirs')])).toBeNull();
    expect(mergeBlocks(base, [p('one'), p('a'), p('two')], [p('one'), p('b'), p('two')])).toBeNull();
  });

  it('proposes the side that changed each field, and the combined body when both did', () => {
    const base = draft();
    const mine = draft({
      lead: 'My lead',
      body: { type: 'doc', content: [p('one'), p('two'), p('three'), p('mine')] },
    });
    const theirs = draft({
      headline: 'Their headline',
      body: { type: 'doc', content: [p('theirs'), p('one'), p('two'), p('three')] },
    });
    const differences = mergeFields(base, mine, theirs);
    expect(differences.map((d) => [d.field, d.changedBy, d.suggested])).toEqual([
      ['headline', 'them', 'theirs'],
      ['lead', 'me', 'mine'],
      ['body', 'both', 'both'],
    ]);
    const merged = applyChoices(mine, theirs, differences, new Map());
    expect(merged.headline).toBe('Their headline');
    expect(merged.lead).toBe('My lead');
    expect(merged.body.content).toEqual([p('theirs'), p('one'), p('two'), p('three'), p('mine')]);
  });

  it('lets the user overrule the proposal field by field', () => {
    const base = draft();
    const mine = draft({ headline: 'Mine' });
    const theirs = draft({ headline: 'Theirs' });
    const differences = mergeFields(base, mine, theirs);
    expect(differences).toEqual([{ field: 'headline', changedBy: 'both', suggested: 'mine' }]);
    expect(applyChoices(mine, theirs, differences, new Map([['headline', 'theirs']])).headline).toBe(
      'Theirs',
    );
  });
});
