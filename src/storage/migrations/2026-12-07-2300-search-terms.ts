/**
 * The vocabulary of the search index (ADR 0026, "did you mean"): per language, every exact
 * token of the indexed headlines, leads and bodies with the number of articles holding it.
 * "Did you mean" looks up the few spellings near a query word by this table's primary key
 * instead of reading the documents. src/storage/search.ts keeps it in step with
 * `search_documents`; here it is filled once from the rows already indexed (their stored
 * tokens, split at spaces: no domain code).
 */
import { type Kysely, sql } from 'kysely';

/** Rows read, and vocabulary rows written, per statement while filling. */
const PAGE = 500;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table if not exists search_terms (
      language text not null,
      term text not null,
      documents integer not null,
      primary key (language, term)
    )`.execute(db);
  const counts = new Map<string, { language: string; term: string; documents: number }>();
  let after = '';
  for (;;) {
    const rows: Array<{ article_id: string; language: string; headline: string; body: string }> = await db
      .selectFrom('search_documents')
      .select(['article_id', 'language', 'headline', 'body'])
      .where('article_id', '>', after)
      .orderBy('article_id')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const terms = new Set(`${row.headline} ${row.body}`.split(' ').filter((token) => token !== ''));
      for (const term of terms) {
        const key = `${row.language} ${term}`;
        const entry = counts.get(key) ?? { language: row.language, term, documents: 0 };
        entry.documents += 1;
        counts.set(key, entry);
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = last.article_id;
  }
  const entries = [...counts.values()];
  for (let i = 0; i < entries.length; i += PAGE) {
    await db
      .insertInto('search_terms')
      .values(entries.slice(i, i + PAGE))
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists search_terms`.execute(db);
}
