import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '../../src/storage/prepared.js';
import { DIALECTS, freshStore, type TestStore } from '../support/databases.js';

describe.each(DIALECTS)('prepared queries on %s', (dialect) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(dialect);
    await s.store.db
      .insertInto('sections')
      .values(
        ['alpha', 'beta', 'gamma', 'delta'].map((slug, position) => ({
          slug,
          position: position + 10,
          name_json: JSON.stringify({ en: slug.toUpperCase() }),
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await s.cleanup();
  });

  // Built once per shape: an optional filter, a list of any length, a limit.
  const sectionsQuery = prepared((db, a: { slugs: string[]; after: string | null; limit: number }) => {
    let query = db.selectFrom('sections').select('slug').where('position', '>=', 10);
    if (a.slugs.length > 0) query = query.where('slug', 'in', a.slugs);
    if (a.after) query = query.where('slug', '>', a.after);
    return query.orderBy('slug').limit(a.limit);
  });
  const slugs = async (a: { slugs: string[]; after: string | null; limit: number }) =>
    (await sectionsQuery(s.store.db, a)).map((r) => r.slug);

  it('answers each run with its own values, whatever ran before with the same shape', async () => {
    expect(await slugs({ slugs: ['alpha', 'gamma'], after: null, limit: 10 })).toEqual(['alpha', 'gamma']);
    expect(await slugs({ slugs: ['beta', 'delta'], after: null, limit: 10 })).toEqual(['beta', 'delta']);
    expect(await slugs({ slugs: ['beta', 'delta'], after: null, limit: 1 })).toEqual(['beta']);
  });

  it('builds a new query for another list length, a filter left out or put in', async () => {
    expect(await slugs({ slugs: ['alpha', 'beta', 'gamma'], after: null, limit: 10 })).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(await slugs({ slugs: [], after: null, limit: 10 })).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(await slugs({ slugs: [], after: 'beta', limit: 10 })).toEqual(['delta', 'gamma']);
    expect(await slugs({ slugs: [], after: 'delta', limit: 10 })).toEqual(['gamma']);
    expect(await slugs({ slugs: [], after: null, limit: 2 })).toEqual(['alpha', 'beta']);
  });

  it('refuses a builder that looks at a value instead of passing it on', async () => {
    const byOrder = prepared((db, a: { order: string }) =>
      db
        .selectFrom('sections')
        .select('slug')
        .orderBy('slug', a.order === 'desc' ? 'desc' : 'asc'),
    );
    await expect(byOrder(s.store.db, { order: 'desc' })).rejects.toThrow(
      'values of one shape (order+;) gave different SQL',
    );
    const byText = prepared((db, a: { prefix: string }) =>
      db.selectFrom('sections').select('slug').where('slug', 'like', `${a.prefix}%`),
    );
    await expect(byText(s.store.db, { prefix: 'al' })).rejects.toThrow(
      'the value "prefix" was turned into text or a number',
    );
  });

  it('runs inside a transaction too, seeing its own writes', async () => {
    let seenInside = -1;
    await s.store.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('sections')
          .values({ slug: 'epsilon', position: 20, name_json: '{"en":"E"}' })
          .execute();
        seenInside = (await sectionsQuery(trx, { slugs: ['epsilon'], after: null, limit: 5 })).length;
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(seenInside).toBe(1);
    expect(await slugs({ slugs: ['epsilon'], after: null, limit: 5 })).toEqual([]);
  });
});
