/**
 * The search index also holds the stems of the words (ADR 0026) and the version of the
 * normaliser that made each row. Four fields now: headline with lead, and body, each as
 * exact tokens and as stems. SQLite: two more FTS5 columns (the FTS5 table is made anew and
 * refilled from the rows) and an fts5vocab table of its words; PostgreSQL: the tsvector weighs them A (headline and lead), B
 * (their stems), C (body), D (its stems). Rows made before stay findable by their exact
 * words; their `normaliser` of 1 makes the next start index them anew (domain code, which a
 * migration must not import).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
async function isPostgres(db: Kysely<any>): Promise<boolean> {
  // version() exists on PostgreSQL only; failing on SQLite leaves its transaction usable.
  try {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
    return String(rows[0]?.v ?? '').includes('PostgreSQL');
  } catch {
    return false;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see isPostgres()
async function sqliteTriggers(db: Kysely<any>, columns: string[]): Promise<void> {
  const list = columns.join(', ');
  const news = columns.map((c) => `new.${c}`).join(', ');
  const olds = columns.map((c) => `old.${c}`).join(', ');
  for (const name of ['insert', 'delete', 'update']) {
    await sql`drop trigger if exists ${sql.raw(`search_documents_after_${name}`)}`.execute(db);
  }
  await sql`drop table if exists search_fts`.execute(db);
  await sql`
    create virtual table search_fts using fts5(
      ${sql.raw(list)}, content='search_documents', content_rowid='doc_id', tokenize='ascii'
    )`.execute(db);
  await sql
    .raw(`
    create trigger search_documents_after_insert after insert on search_documents begin
      insert into search_fts(rowid, ${list}) values (new.doc_id, ${news});
    end`)
    .execute(db);
  await sql
    .raw(`
    create trigger search_documents_after_delete after delete on search_documents begin
      insert into search_fts(search_fts, rowid, ${list}) values ('delete', old.doc_id, ${olds});
    end`)
    .execute(db);
  await sql
    .raw(`
    create trigger search_documents_after_update after update on search_documents begin
      insert into search_fts(search_fts, rowid, ${list}) values ('delete', old.doc_id, ${olds});
      insert into search_fts(rowid, ${list}) values (new.doc_id, ${news});
    end`)
    .execute(db);
  await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  if (await isPostgres(db)) {
    await sql`alter table search_documents add column if not exists headline_stems text not null default ''`.execute(
      db,
    );
    await sql`alter table search_documents add column if not exists body_stems text not null default ''`.execute(
      db,
    );
    await sql`alter table search_documents add column if not exists normaliser integer not null default 1`.execute(
      db,
    );
    await sql`drop index if exists search_documents_document`.execute(db);
    await sql`alter table search_documents drop column if exists document`.execute(db);
    await sql`
      alter table search_documents add column document tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, headline), 'A') ||
        setweight(to_tsvector('simple'::regconfig, headline_stems), 'B') ||
        setweight(to_tsvector('simple'::regconfig, body), 'C') ||
        setweight(to_tsvector('simple'::regconfig, body_stems), 'D')
      ) stored`.execute(db);
    await sql`create index if not exists search_documents_document on search_documents using gin (document)`.execute(
      db,
    );
    return;
  }
  const { rows } = await sql<{
    name: string;
  }>`select name from pragma_table_info('search_documents')`.execute(db);
  const has = new Set(rows.map((row) => row.name));
  if (!has.has('headline_stems'))
    await sql`alter table search_documents add column headline_stems text not null default ''`.execute(db);
  if (!has.has('body_stems'))
    await sql`alter table search_documents add column body_stems text not null default ''`.execute(db);
  if (!has.has('normaliser'))
    await sql`alter table search_documents add column normaliser integer not null default 1`.execute(db);
  await sqliteTriggers(db, ['headline', 'body', 'headline_stems', 'body_stems']);
  // The words of the index one by one, for "did you mean" (PostgreSQL has ts_stat).
  await sql`create virtual table if not exists search_vocab using fts5vocab(search_fts, 'instance')`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (await isPostgres(db)) {
    await sql`drop index if exists search_documents_document`.execute(db);
    await sql`alter table search_documents drop column if exists document`.execute(db);
    await sql`
      alter table search_documents add column document tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, headline), 'A') ||
        setweight(to_tsvector('simple'::regconfig, body), 'B')
      ) stored`.execute(db);
    await sql`create index if not exists search_documents_document on search_documents using gin (document)`.execute(
      db,
    );
    for (const column of ['headline_stems', 'body_stems', 'normaliser'])
      await sql`alter table search_documents drop column if exists ${sql.ref(column)}`.execute(db);
    return;
  }
  await sql`drop table if exists search_vocab`.execute(db);
  await sqliteTriggers(db, ['headline', 'body']);
  for (const column of ['headline_stems', 'body_stems', 'normaliser'])
    await sql`alter table search_documents drop column ${sql.ref(column)}`.execute(db);
}
