import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite, type Store } from '../../src/storage/db.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

// Rows are built from arrays by our statement cache: they must equal what better-sqlite3 gives.
describe('rows read from SQLite', () => {
  let dir: string;
  let store: Store;
  let plain: SqliteDatabase.Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sw-rows-'));
    store = openSqlite(join(dir, 'rows.db'));
    await migrateToLatest(store);
    plain = new SqliteDatabase(join(dir, 'rows.db'), { readonly: true });
  });
  afterAll(async () => {
    plain.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('have the keys, values and key order better-sqlite3 gives, for a table and for expressions', async () => {
    for (const text of [
      'select * from sections order by slug',
      "select 1 as a, 'two' as b, null as c, 2.5 as d, x'00ff' as e",
      'select 1 as a, 2 as a',
      'select s.slug, t.slug from sections s join sections t on t.slug = s.slug order by 1',
    ]) {
      const ours = (await sql.raw(text).execute(store.db)).rows;
      const theirs = plain.prepare(text).all();
      expect(ours).toEqual(theirs);
      expect(ours.map((row) => Object.keys(row as object))).toEqual(
        theirs.map((row) => Object.keys(row as object)),
      );
    }
  });

  it('treat a column named __proto__ as better-sqlite3 does', async () => {
    const text = `select 'x' as "__proto__", 1 as b`;
    const [ours] = (await sql.raw(text).execute(store.db)).rows as object[];
    const theirs = plain.prepare(text).get() as object;
    expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
    expect(Object.getOwnPropertyNames(ours)).toEqual(Object.getOwnPropertyNames(theirs));
  });

  it('come the same way when streamed, and writes still report what they changed', async () => {
    const streamed: unknown[] = [];
    for await (const row of store.db
      .selectFrom('sections')
      .select(['slug', 'position'])
      .orderBy('slug')
      .stream())
      streamed.push(row);
    expect(streamed).toEqual(plain.prepare('select slug, position from sections order by slug').all());
    const result = await store.db
      .updateTable('sections')
      .set({ position: 99 })
      .where('slug', '=', (streamed[0] as { slug: string }).slug)
      .executeTakeFirst();
    expect(Number(result.numUpdatedRows)).toBe(1);
  });
});
