import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { durabilityProblems } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { listSections } from '../../src/storage/repos/taxonomy.js';
import { DIALECTS, freshStore, postgresTarget, type TestStore } from '../support/databases.js';

describe.each(DIALECTS)('storage on %s', (dialect) => {
  let s: TestStore;
  beforeAll(async () => {
    s = await freshStore(dialect);
  });
  afterAll(async () => {
    await s.cleanup();
  });

  it('migrates idempotently: a second run applies nothing', async () => {
    expect(await migrateToLatest(s.store)).toEqual([]);
  });

  it('starts a new site with the ten languages and the five sections, named in each language', async () => {
    const languages = await s.store.db
      .selectFrom('languages')
      .select(['code', 'direction'])
      .orderBy('position')
      .execute();
    expect(languages.map((l) => l.code)).toEqual([
      'en',
      'de',
      'fr',
      'it',
      'es',
      'pt',
      'ar',
      'zh',
      'ja',
      'ru',
    ]);
    expect(languages.find((l) => l.code === 'ar')?.direction).toBe('rtl');
    const sections = await listSections(s.store.db);
    expect(sections.map((x) => x.slug)).toEqual(['politics', 'business', 'society', 'culture', 'science']);
    expect(sections[0]?.name.de).toBe('Politik');
    expect(Object.keys(sections[0]?.name ?? {})).toHaveLength(10);
  });

  it('enforces references: an article cannot name an unknown story', async () => {
    const now = new Date().toISOString();
    await expect(
      s.store.db
        .insertInto('articles')
        .values({
          id: 'x1',
          story_id: 'missing',
          language: 'en',
          type: 'news',
          status: 'draft',
          slug: 's',
          headline: 'h',
          lead: '',
          kicker: null,
          dateline: null,
          body_json: '{"type":"doc","content":[]}',
          hero_media_id: null,
          hero_alt: null,
          hero_caption: null,
          hero_credit: null,
          section_slug: null,
          source: null,
          first_published_at: null,
          updated_at: null,
          publish_at: null,
          created_at: now,
          modified_at: now,
          created_by: null,
          version: 1,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('reports settings that could lose acknowledged writes, and none on a safe database', async () => {
    // PGlite runs in memory with fsync off: exactly what the server must refuse to start on.
    const expected = dialect === 'postgres' && postgresTarget === 'pglite' ? ['PostgreSQL fsync is off'] : [];
    expect(await durabilityProblems(s.store)).toEqual(expected);
  });
});

describe('SQLite durability settings', () => {
  it('reports a lowered synchronous setting, and nothing once it is FULL again', async () => {
    const s = await freshStore('sqlite');
    try {
      await sql`pragma synchronous = NORMAL`.execute(s.store.db);
      expect(await durabilityProblems(s.store)).toEqual(['SQLite synchronous is 1, not FULL (2)']);
      await sql`pragma synchronous = FULL`.execute(s.store.db);
      expect(await durabilityProblems(s.store)).toEqual([]);
    } finally {
      await s.cleanup();
    }
  });
});
