/**
 * `shortwave search reindex` as an operator runs it after an upgrade: on a database whose
 * index rows were made by an older normaliser (no stems), on SQLite and PostgreSQL, the
 * command rebuilds the index, prints one summary line (no terminal: no progress bar), and
 * a stemmed search finds the demo's glacier stories again.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/domain/search-query.js';
import { openDatabase, type Store } from '../../src/storage/db.js';
import { searchPublished } from '../../src/storage/search.js';
import { processTargets, runCli } from '../support/processes.js';

const found = async (store: Store, query: string) =>
  (await searchPublished(store, { query: parseQuery(query, 'de'), limit: 10, offset: 0, now: new Date() }))
    .total;

describe.each(processTargets('search-reindex'))('shortwave search reindex on $name', (target) => {
  it('rebuilds an index of an older normaliser and says how many articles it indexed', async () => {
    const { env, drop } = await target.env();
    try {
      expect((await runCli(['demo'], env)).code).toBe(0);
      const store = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
      try {
        // "Gletschers" is not in the demo: only its stem finds "Gletscher".
        const before = await found(store, 'Gletschers');
        expect(before).toBeGreaterThan(0);
        await sql`update search_documents set headline_stems = '', body_stems = '', normaliser = 1`.execute(
          store.db,
        );
        expect(await found(store, 'Gletschers')).toBe(0);
        const published = await sql<{ n: number }>`
          select count(*) as n from articles where status = 'published'`.execute(store.db);
        const run = await runCli(['search', 'reindex'], env);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(
          new RegExp(
            `^search reindex: indexed ${Number(published.rows[0]?.n)} published articles in [\\d.]+ s \\(${target.name}\\)\\n$`,
          ),
        );
        expect(run.stderr).toBe('');
        expect(await found(store, 'Gletschers')).toBe(before);
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });

  it('explains itself and refuses an unknown subcommand', async () => {
    const { env, drop } = await target.env();
    try {
      const help = await runCli(['search', '--help'], env);
      expect(help.stdout).toMatch(/^Usage: shortwave search reindex/);
      const wrong = await runCli(['search', 'rebuild'], env);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/^shortwave: unknown search command rebuild/);
    } finally {
      await drop();
    }
  });
});
