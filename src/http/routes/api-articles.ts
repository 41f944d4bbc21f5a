/**
 * /api/v1/articles: thin handlers; validate, then one use case each.
 */
import { Hono } from 'hono';
import {
  createArticle,
  discardPending,
  pendingVersion,
  publishArticle,
  publishPending,
  restoreRevision,
  sendBack,
  submitForReview,
  unpublishArticle,
  updateArticle,
} from '../../commands/articles.js';
import { authorize } from '../../commands/context.js';
import { addCorrection } from '../../commands/corrections.js';
import type { Article } from '../../domain/article.js';
import { DomainError } from '../../domain/errors.js';
import { diffSnapshots } from '../../domain/revisions.js';
import { findArticle, listArticles, storyVersions } from '../../storage/repos/articles.js';
import { correctionsOf } from '../../storage/repos/corrections.js';
import { findRevision, listNotes, listRevisions, pendingRevisionId } from '../../storage/repos/revisions.js';
import { defineRoute } from '../api-route.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import { presentArticle, presentCorrection } from '../presenters.js';
import {
  ArticleCreateSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  ArticleNoteListSchema,
  ArticlePatchSchema,
  ArticleSchema,
  DiffQuerySchema,
  DiffSchema,
  RestoreSchema,
  RevisionListSchema,
  RevisionSchema,
  SendBackSchema,
  SubmitSchema,
  VersionOnlySchema,
} from '../schemas/articles.js';
import { CorrectionCreateSchema, CorrectionListSchema, CorrectionSchema } from '../schemas/corrections.js';

/** Parses an `If-Match: "v3"` or `If-Match: 3` header into a version. */
function versionFromIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"?v?(\d+)"?$/.exec(header.trim());
  if (!match?.[1])
    throw new DomainError('validation_failed', 'If-Match must name a version such as "v3"', 'If-Match');
  return Number(match[1]);
}

/** The staff articles API, mounted at /api/v1/articles. */
export function apiArticleRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const ctxOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }) => ({
    db: deps.store.db,
    actor: staffOf(c),
    now: deps.clock(),
  });
  const present = async (article: Article) => ({
    ...presentArticle(article, deps.publicUrl, await storyVersions(deps.store.db, article.storyId)),
    pendingRevision: (await pendingVersion(deps.store.db, article))?.number ?? null,
  });
  const found = async (id: string) => {
    const article = await findArticle(deps.store.db, id);
    if (!article) throw new DomainError('not_found', `No article with id ${id}`);
    return article;
  };
  const changed = (article: Article) => {
    if (article.status === 'published' || article.status === 'unpublished') deps.pageCache.clear();
    return article;
  };

  const id = { description: 'The article id' };
  const number = {
    description: 'A revision number (1 is the first)',
    schema: { type: 'integer', minimum: 1 },
  };
  const article = (description = 'The article') => ({ 200: { description, schema: ArticleSchema } });

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/',
      operationId: 'listArticles',
      summary: 'List articles, newest change first',
      tags: ['articles'],
      query: ArticleListQuerySchema,
      responses: { 200: { description: 'A page of articles', schema: ArticleListSchema } },
      errors: [400, 401, 403],
    },
    async (c, input) => {
      authorize(staffOf(c), 'article.read');
      const { mine, ...query } = input.query();
      const { items, total } = await listArticles(deps.store.db, {
        ...query,
        ...(mine ? { createdBy: staffOf(c).id } : {}),
      });
      return c.json({
        items: items.map((a) => presentArticle(a, deps.publicUrl)),
        total,
        limit: query.limit,
        offset: query.offset,
      });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/',
      operationId: 'createArticle',
      summary: 'Create an article (a translation when translationOf is given)',
      tags: ['articles'],
      body: { schema: ArticleCreateSchema, kind: 'json' },
      responses: {
        201: {
          description: 'Created',
          schema: ArticleSchema,
          headers: { Location: 'Where the article is', ETag: 'The version, as "v1"' },
        },
      },
      errors: [400, 401, 403, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const article = changed(await createArticle(ctxOf(c), body, { publicUrl: deps.publicUrl }));
      c.header('Location', `/api/v1/articles/${article.id}`);
      c.header('ETag', `"v${article.version}"`);
      return c.json(await present(article), 201);
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id',
      operationId: 'getArticle',
      summary: 'One article, with the number of its held edit',
      tags: ['articles'],
      params: { id },
      responses: {
        200: { description: 'The article', schema: ArticleSchema, headers: { ETag: 'The version, as "v3"' } },
      },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const article = await findArticle(deps.store.db, c.req.param('id'));
      if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
      c.header('ETag', `"v${article.version}"`);
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'patch',
      path: '/:id',
      operationId: 'updateArticle',
      summary: 'Change an article; send version (or If-Match) to refuse stale edits',
      tags: ['articles'],
      params: { id },
      headers: [{ name: 'If-Match', description: 'The version the change is based on, as "v3"' }],
      body: { schema: ArticlePatchSchema, kind: 'json' },
      responses: {
        200: {
          description: 'The changed article',
          schema: ArticleSchema,
          headers: { ETag: 'The new version' },
        },
      },
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const { version, hold, ...fields } = await input.body();
      const expectedVersion = version ?? versionFromIfMatch(c.req.header('if-match'));
      const article = changed(
        await updateArticle(ctxOf(c), c.req.param('id'), fields, {
          expectedVersion,
          publicUrl: deps.publicUrl,
          hold,
        }),
      );
      c.header('ETag', `"v${article.version}"`);
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/publish',
      operationId: 'publishArticle',
      summary: 'Publish an article now, or at its publishAt time (editors)',
      tags: ['articles'],
      params: { id },
      responses: article('The published (or scheduled) article'),
      errors: [400, 401, 403, 404, 409],
    },
    async (c) => {
      const article = changed(await publishArticle(ctxOf(c), c.req.param('id')));
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/corrections',
      operationId: 'addCorrection',
      summary: 'Add a dated correction, clarification, update or retraction (editors)',
      tags: ['articles'],
      params: { id },
      body: { schema: CorrectionCreateSchema, kind: 'json' },
      responses: { 201: { description: 'Created', schema: CorrectionSchema } },
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const { correction, article } = await addCorrection(ctxOf(c), c.req.param('id'), body);
      changed(article);
      return c.json(presentCorrection(correction), 201);
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/corrections',
      operationId: 'listCorrections',
      summary: 'The corrections of an article, oldest first',
      tags: ['articles'],
      params: { id },
      responses: { 200: { description: 'The corrections', schema: CorrectionListSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const article = await findArticle(deps.store.db, c.req.param('id'));
      if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
      return c.json({ items: (await correctionsOf(deps.store.db, article.id)).map(presentCorrection) });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/unpublish',
      operationId: 'unpublishArticle',
      summary: 'Take a published article off the site (editors)',
      tags: ['articles'],
      params: { id },
      responses: article('The unpublished article'),
      errors: [401, 403, 404, 409],
    },
    async (c) => {
      const article = changed(await unpublishArticle(ctxOf(c), c.req.param('id')));
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/submit',
      operationId: 'submitArticle',
      summary: 'Hand a draft to the desk: it waits in review',
      tags: ['workflow'],
      params: { id },
      body: { schema: SubmitSchema, kind: 'optional-json' },
      responses: article('The article, in review'),
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const article = await submitForReview(ctxOf(c), c.req.param('id'), {
        note: body.note,
        expectedVersion: body.version,
      });
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/send-back',
      operationId: 'sendBackArticle',
      summary: 'Send an article in review back to its writer with a comment (editors)',
      tags: ['workflow'],
      params: { id },
      body: { schema: SendBackSchema, kind: 'json' },
      responses: article('The article, a draft again'),
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const article = changed(
        await sendBack(ctxOf(c), c.req.param('id'), { comment: body.comment, expectedVersion: body.version }),
      );
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/notes',
      operationId: 'listArticleNotes',
      summary: 'The review conversation, oldest first',
      tags: ['workflow'],
      params: { id },
      responses: { 200: { description: 'The notes', schema: ArticleNoteListSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const article = await found(c.req.param('id'));
      return c.json({ items: await listNotes(deps.store.db, article.id) });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/pending',
      operationId: 'getPendingEdit',
      summary: 'The held edit of a published article',
      tags: ['workflow'],
      params: { id },
      responses: article('The article as the held edit would make it'),
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const pending = await pendingVersion(deps.store.db, await found(c.req.param('id')));
      if (!pending) throw new DomainError('not_found', 'This article has no pending revision');
      return c.json({ ...(await present(pending.article)), pendingRevision: pending.number });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/pending/publish',
      operationId: 'publishPendingEdit',
      summary: 'Publish the held edit as an update (editors)',
      tags: ['workflow'],
      params: { id },
      body: { schema: VersionOnlySchema, kind: 'optional-json' },
      responses: article('The updated article'),
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const article = changed(
        await publishPending(ctxOf(c), c.req.param('id'), { expectedVersion: body.version }),
      );
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'delete',
      path: '/:id/pending',
      operationId: 'discardPendingEdit',
      summary: 'Drop the held edit (editors)',
      tags: ['workflow'],
      params: { id },
      responses: article('The article without a held edit'),
      errors: [401, 403, 404, 409],
    },
    async (c) => {
      const article = await discardPending(ctxOf(c), c.req.param('id'));
      return c.json(await present(article));
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/revisions',
      operationId: 'listRevisions',
      summary: 'Every revision, newest first',
      tags: ['revisions'],
      params: { id },
      responses: { 200: { description: 'The revisions', schema: RevisionListSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const article = await found(c.req.param('id'));
      const pendingId = await pendingRevisionId(deps.store.db, article.id);
      const items = (await listRevisions(deps.store.db, article.id)).map((r) => ({
        number: r.number,
        kind: r.kind,
        createdAt: r.createdAt,
        by: r.createdBy,
        headline: r.snapshot.headline,
        status: r.snapshot.status,
        pending: r.id === pendingId,
        ...(r.snapshot.restoredFrom ? { restoredFrom: r.snapshot.restoredFrom } : {}),
      }));
      return c.json({ items });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/revisions/:number{[0-9]+}',
      operationId: 'getRevision',
      summary: 'One revision with the article as it was then',
      tags: ['revisions'],
      params: { id, number },
      responses: { 200: { description: 'The revision', schema: RevisionSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'article.read');
      const article = await found(c.req.param('id'));
      const revision = await findRevision(deps.store.db, article.id, Number(c.req.param('number')));
      if (!revision) throw new DomainError('not_found', `No revision ${c.req.param('number')}`);
      return c.json({
        number: revision.number,
        kind: revision.kind,
        createdAt: revision.createdAt,
        by: revision.createdBy,
        snapshot: revision.snapshot,
      });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'get',
      path: '/:id/diff',
      operationId: 'diffRevisions',
      summary: 'Word-level differences between two revisions',
      tags: ['revisions'],
      params: { id },
      query: DiffQuerySchema,
      responses: { 200: { description: 'The differences', schema: DiffSchema } },
      errors: [400, 401, 403, 404],
    },
    async (c, input) => {
      authorize(staffOf(c), 'article.read');
      const article = await found(c.req.param('id'));
      const { from, to } = input.query();
      const [a, b] = await Promise.all([
        findRevision(deps.store.db, article.id, from),
        findRevision(deps.store.db, article.id, to),
      ]);
      if (!a) throw new DomainError('not_found', `No revision ${from}`, 'from');
      if (!b) throw new DomainError('not_found', `No revision ${to}`, 'to');
      return c.json({ from, to, changes: diffSnapshots(a.snapshot, b.snapshot) });
    },
  );

  defineRoute(
    app,
    {
      auth: 'staff',
      method: 'post',
      path: '/:id/revisions/:number{[0-9]+}/restore',
      operationId: 'restoreRevision',
      summary: 'Bring back an old revision as a new one (held on published articles for contributors)',
      tags: ['revisions'],
      params: { id, number },
      body: { schema: RestoreSchema, kind: 'optional-json' },
      responses: article('The article with the revision brought back'),
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const article = changed(
        await restoreRevision(ctxOf(c), c.req.param('id'), Number(c.req.param('number')), {
          hold: body.hold,
        }),
      );
      return c.json(await present(article));
    },
  );

  return app;
}
