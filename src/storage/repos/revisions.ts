/**
 * Article revisions, review notes and the pending revision of a published article.
 */
import { type Revision, type RevisionKind, type Snapshot, SnapshotSchema } from '../../domain/revisions.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';

type RevisionRow = {
  id: string;
  article_id: string;
  number: number;
  kind: string;
  snapshot_json: string;
  created_at: string;
  created_by: string | null;
  by_name: string | null;
};

function revisionOf(row: RevisionRow): Revision {
  return {
    id: row.id,
    articleId: row.article_id,
    number: Number(row.number),
    kind: row.kind as RevisionKind,
    snapshot: readJson(SnapshotSchema, row.snapshot_json, `revision ${row.number} of ${row.article_id}`),
    createdAt: row.created_at,
    createdBy: row.created_by ? { id: row.created_by, name: row.by_name ?? '' } : null,
  };
}

function revisions(db: Db) {
  return db
    .selectFrom('article_revisions')
    .leftJoin('staff_users', 'staff_users.id', 'article_revisions.created_by')
    .select([
      'article_revisions.id',
      'article_revisions.article_id',
      'article_revisions.number',
      'article_revisions.kind',
      'article_revisions.snapshot_json',
      'article_revisions.created_at',
      'article_revisions.created_by',
      'staff_users.name as by_name',
    ]);
}

/** Every revision of an article, newest first. */
export async function listRevisions(db: Db, articleId: string): Promise<Revision[]> {
  const rows = await revisions(db)
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.number', 'desc')
    .execute();
  return rows.map(revisionOf);
}

export async function findRevision(db: Db, articleId: string, number: number): Promise<Revision | null> {
  const row = await revisions(db)
    .where('article_revisions.article_id', '=', articleId)
    .where('article_revisions.number', '=', number)
    .executeTakeFirst();
  return row ? revisionOf(row) : null;
}

export async function findRevisionById(db: Db, id: string): Promise<Revision | null> {
  const row = await revisions(db).where('article_revisions.id', '=', id).executeTakeFirst();
  return row ? revisionOf(row) : null;
}

export async function latestRevision(db: Db, articleId: string): Promise<Revision | null> {
  const row = await revisions(db)
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? revisionOf(row) : null;
}

/** Adds the next revision of an article (call inside the transaction that saved it). */
export async function insertRevision(
  db: Db,
  revision: {
    id: string;
    articleId: string;
    kind: RevisionKind;
    snapshot: Snapshot;
    createdAt: string;
    createdBy: string | null;
  },
): Promise<number> {
  const last = await db
    .selectFrom('article_revisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('article_id', '=', revision.articleId)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await db
    .insertInto('article_revisions')
    .values({
      id: revision.id,
      article_id: revision.articleId,
      number,
      kind: revision.kind,
      snapshot_json: JSON.stringify(revision.snapshot),
      created_at: revision.createdAt,
      created_by: revision.createdBy,
    })
    .execute();
  return number;
}

/** Replaces the content of a revision (successive saves by one person are one revision). */
export async function replaceRevision(db: Db, id: string, snapshot: Snapshot, at: string): Promise<void> {
  await db
    .updateTable('article_revisions')
    .set({ snapshot_json: JSON.stringify(snapshot), created_at: at })
    .where('id', '=', id)
    .execute();
}

export async function pendingRevisionId(db: Db, articleId: string): Promise<string | null> {
  const row = await db
    .selectFrom('articles')
    .select('pending_revision_id')
    .where('id', '=', articleId)
    .executeTakeFirst();
  return row?.pending_revision_id ?? null;
}

export async function setPendingRevision(
  db: Db,
  articleId: string,
  revisionId: string | null,
): Promise<void> {
  await db
    .updateTable('articles')
    .set({ pending_revision_id: revisionId })
    .where('id', '=', articleId)
    .execute();
}

export interface ArticleNote {
  id: string;
  kind: string;
  text: string;
  createdAt: string;
  by: { id: string; name: string } | null;
}

export async function insertNote(
  db: Db,
  note: {
    id: string;
    articleId: string;
    kind: string;
    text: string;
    createdAt: string;
    createdBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('article_notes')
    .values({
      id: note.id,
      article_id: note.articleId,
      kind: note.kind,
      text: note.text,
      created_at: note.createdAt,
      created_by: note.createdBy,
    })
    .execute();
}

/** The review conversation of an article, oldest first. */
export async function listNotes(db: Db, articleId: string): Promise<ArticleNote[]> {
  const rows = await db
    .selectFrom('article_notes')
    .leftJoin('staff_users', 'staff_users.id', 'article_notes.created_by')
    .select([
      'article_notes.id',
      'article_notes.kind',
      'article_notes.text',
      'article_notes.created_at',
      'article_notes.created_by',
      'staff_users.name as by_name',
    ])
    .where('article_notes.article_id', '=', articleId)
    .orderBy('article_notes.created_at')
    .orderBy('article_notes.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    createdAt: row.created_at,
    by: row.created_by ? { id: row.created_by, name: row.by_name ?? '' } : null,
  }));
}
