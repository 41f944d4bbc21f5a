/**
 * `changeArticle`, the one way to change a stored article, on a real SQLite file: it refuses a
 * stale version and a step the workflow table forbids without writing anything, and a change
 * it lets through is stored, indexed for search and recorded in the history (newest revision first).
 * @example npx vitest run test/unit/change-article.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../src/commands/articles.js';
import { type ArticleChange, changeArticle } from '../../src/commands/change-article.js';
import { addStaffUser } from '../../src/commands/staff.js';
import type { Article } from '../../src/domain/article.js';
import type { BodyDoc } from '../../src/domain/body.js';
import { DomainError } from '../../src/domain/errors.js';
import type { StaffUser } from '../../src/domain/staff.js';
import { findArticle } from '../../src/storage/repos/articles.js';
import { listNotes, listRevisions } from '../../src/storage/repos/revisions.js';
import { freshStore, type TestStore } from '../support/databases.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const body: BodyDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Turbines hum.' }] }],
};

/** The change a publish takes: the `publish` step, to published. */
const publish: ArticleChange = {
  doing: 'publishing',
  steps: () => ['publish'],
  plan: async (_trx, current) => ({
    article: { ...current, status: 'published', firstPublishedAt: NOW.toISOString() },
    pending: 'keep',
    revisionKind: 'published',
  }),
};

let t: TestStore;
let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  t = await freshStore('sqlite');
  editor = await addStaffUser(t.store.db, { email: 'ed@example.org', name: 'Ed', role: 'editor' }, NOW);
  contributor = await addStaffUser(
    t.store.db,
    { email: 'co@example.org', name: 'Co', role: 'contributor' },
    NOW,
  );
});
afterAll(async () => t.cleanup());

async function draft(by: StaffUser, headline: string): Promise<Article> {
  return createArticle(
    { db: t.store.db, actor: by, now: NOW },
    {
      language: 'en',
      headline,
      lead: 'Lead',
      body,
    },
  );
}

async function indexed(id: string): Promise<string[]> {
  const rows = await t.store.db
    .withTables<{ search_documents: { article_id: string; headline: string } }>()
    .selectFrom('search_documents')
    .select(['article_id', 'headline'])
    .where('article_id', '=', id)
    .execute();
  return rows.map((row) => row.headline);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, field: error.field };
}

describe('changeArticle', () => {
  it('refuses a change made on an older version (409) and writes nothing', async () => {
    const article = await draft(editor, 'Wind farm opens');
    const ctx = { db: t.store.db, actor: editor, now: NOW };
    expect(await refusal(changeArticle(ctx, article.id, article.version + 1, publish, undefined))).toEqual({
      code: 'conflict',
      field: 'version',
    });
    expect(await findArticle(t.store.db, article.id)).toMatchObject({ status: 'draft', version: 1 });
    expect((await listRevisions(t.store.db, article.id)).map((r) => r.kind)).toEqual(['created']);
    expect(await indexed(article.id)).toEqual([]);
  });

  it('refuses a step the workflow table forbids: 403 for the role, 409 for the status', async () => {
    const article = await draft(contributor, 'Harbour expands');
    const mine = { db: t.store.db, actor: contributor, now: NOW };
    expect(await refusal(changeArticle(mine, article.id, undefined, publish, undefined))).toEqual({
      code: 'forbidden',
      field: undefined,
    });
    const desk = { db: t.store.db, actor: editor, now: NOW };
    const sendBack: ArticleChange = { ...publish, steps: () => ['sendBack'] };
    expect(await refusal(changeArticle(desk, article.id, undefined, sendBack, undefined))).toEqual({
      code: 'conflict',
      field: 'status',
    });
    expect(await findArticle(t.store.db, article.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await listRevisions(t.store.db, article.id)).toHaveLength(1);
  });

  it('stores an allowed change with the next version, indexes it and records its revision', async () => {
    const article = await draft(editor, 'Ferry returns');
    const ctx = { db: t.store.db, actor: editor, now: new Date('2026-12-01T11:00:00Z') };
    const stored = await changeArticle(ctx, article.id, 1, publish, undefined);
    expect(stored).toMatchObject({ status: 'published', version: 2, modifiedAt: '2026-12-01T11:00:00.000Z' });
    expect(await findArticle(t.store.db, article.id)).toEqual(stored);
    expect(await indexed(article.id)).toHaveLength(1);
    const revisions = await listRevisions(t.store.db, article.id);
    expect(revisions.map((r) => [r.kind, r.createdBy?.id, r.snapshot.status])).toEqual([
      ['published', editor.id, 'published'],
      ['created', editor.id, 'draft'],
    ]);
  });

  it('names the revision as the caller asks, keeps the note, and takes the article out of the index', async () => {
    const article = await draft(editor, 'Bridge closes');
    const ctx = { db: t.store.db, actor: editor, now: NOW };
    await changeArticle(ctx, article.id, undefined, publish, undefined);
    expect(await indexed(article.id)).toHaveLength(1);
    const toDraft: ArticleChange = {
      doing: 'saving',
      steps: () => ['toDraft'],
      plan: async (_trx, current) => ({
        article: { ...current, status: 'draft' },
        pending: 'keep',
        revisionKind: 'saved',
        note: { kind: 'sent_back', text: 'Check the date' },
      }),
    };
    await changeArticle(ctx, article.id, 2, toDraft, 'restored');
    expect(await indexed(article.id)).toEqual([]);
    expect((await listRevisions(t.store.db, article.id)).map((r) => r.kind)).toEqual([
      'restored',
      'published',
      'created',
    ]);
    expect((await listNotes(t.store.db, article.id)).map((n) => [n.kind, n.text])).toEqual([
      ['sent_back', 'Check the date'],
    ]);
  });

  it('answers the article as it is when there is nothing to do', async () => {
    const article = await draft(editor, 'Quiet day');
    const ctx = { db: t.store.db, actor: editor, now: NOW };
    const same = await changeArticle(
      ctx,
      article.id,
      undefined,
      { ...publish, plan: async () => null },
      undefined,
    );
    expect(same).toEqual(await findArticle(t.store.db, article.id));
    expect(same.version).toBe(1);
    expect(await refusal(changeArticle(ctx, 'no-such-id', undefined, publish, undefined))).toEqual({
      code: 'not_found',
      field: undefined,
    });
  });
});
