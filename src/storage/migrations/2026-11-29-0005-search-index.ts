/**
 * The reader search index: one row of normalised tokens per published article
 * (`search_documents`, filled by src/storage/search.ts), and per dialect the full-text
 * structure over it: on SQLite an FTS5 table kept in step by triggers, on PostgreSQL a
 * generated tsvector column with a GIN index. Tokens are made in TypeScript, so both index
 * exactly the same words. Existing articles are indexed at start (`ensureSearchIndex`),
 * because tokenising is domain code a migration must not import.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
async function isPostgres(db: Kysely<any>): Promise<boolean> {
  // version() exists on PostgreSQL only. Failing on SQLite leaves its transaction usable,
  // whereas probing for an SQLite function would abort a PostgreSQL transaction.
  try {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
    return String(rows[0]?.v ?? '').includes('PostgreSQL');
  } catch {
    return false;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  if (await isPostgres(db)) {
    await sql`
      create table if not exists search_documents (
        article_id text primary key references articles(id) on delete cascade,
        language text not null,
        published_at text not null,
        published_days double precision not null,
        headline text not null,
        body text not null,
        document tsvector generated always as (
          setweight(to_tsvector('simple'::regconfig, headline), 'A') ||
          setweight(to_tsvector('simple'::regconfig, body), 'B')
        ) stored
      )`.execute(db);
    await sql`create index if not exists search_documents_document on search_documents using gin (document)`.execute(
      db,
    );
    return;
  }
  // An INTEGER PRIMARY KEY is the rowid itself, which VACUUM keeps, so FTS5 rows stay matched.
  await sql`
    create table if not exists search_documents (
      doc_id integer primary key,
      article_id text not null unique references articles(id) on delete cascade,
      language text not null,
      published_at text not null,
      published_days real not null,
      headline text not null,
      body text not null
    )`.execute(db);
  // The tokens are already normalised and space-separated: the ascii tokenizer splits them
  // on spaces and leaves every non-ASCII character as it is.
  await sql`
    create virtual table if not exists search_fts using fts5(
      headline, body, content='search_documents', content_rowid='doc_id', tokenize='ascii'
    )`.execute(db);
  await sql`
    create trigger if not exists search_documents_after_insert after insert on search_documents begin
      insert into search_fts(rowid, headline, body) values (new.doc_id, new.headline, new.body);
    end`.execute(db);
  await sql`
    create trigger if not exists search_documents_after_delete after delete on search_documents begin
      insert into search_fts(search_fts, rowid, headline, body)
        values ('delete', old.doc_id, old.headline, old.body);
    end`.execute(db);
  await sql`
    create trigger if not exists search_documents_after_update after update on search_documents begin
      insert into search_fts(search_fts, rowid, headline, body)
        values ('delete', old.doc_id, old.headline, old.body);
      insert into search_fts(rowid, headline, body) values (new.doc_id, new.headline, new.body);
    end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (!(await isPostgres(db))) {
    await sql`drop trigger if exists search_documents_after_insert`.execute(db);
    await sql`drop trigger if exists search_documents_after_delete`.execute(db);
    await sql`drop trigger if exists search_documents_after_update`.execute(db);
    await sql`drop table if exists search_fts`.execute(db);
  }
  await sql`drop table if exists search_documents`.execute(db);
}
