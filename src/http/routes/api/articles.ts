/**
 * /api/v1/articles: thin handlers; validate, then one use case each.
 */
import { Hono } from 'hono';
import { createArticle, restoreRevision, updateArticle } from '../../../commands/articles.js';
import { authorize } from '../../../commands/context.js';
import { addCorrection } from '../../../commands/corrections.js';
import { pendingVersion } from '../../../commands/revisions.js';
import { translationState } from '../../../commands/translations.js';
import {
  discardPending,
  publishArticle,
  publishPending,
  sendBack,
  submitForReview,
  unpublishArticle,
} from '../../../commands/workflow.js';
import type { Article } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { diffSnapshots } from '../../../domain/revisions.js';
import { findArticle, listArticles, storyVersions } from '../../../storage/repos/articles.js';
import { correctionsOf } from '../../../storage/repos/corrections.js';
import {
  findRevision,
  listNotes,
  listRevisions,
  pendingRevisionId,
} from '../../../storage/repos/revisions.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { presentArticle, presentCorrection } from '../../presenters.js';
import { ARTICLE_ROUTES } from '../../schemas/articles-routes.js';

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
    translation: await translationState(deps.store.db, article.id),
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

  defineRoute(app, ARTICLE_ROUTES.listArticles, async (c, input) => {
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
  });

  defineRoute(app, ARTICLE_ROUTES.createArticle, async (c, input) => {
    const body = await input.body();
    const article = changed(await createArticle(ctxOf(c), body, { publicUrl: deps.publicUrl }));
    c.header('Location', `/api/v1/articles/${article.id}`);
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article), 201);
  });

  defineRoute(app, ARTICLE_ROUTES.getArticle, async (c) => {
    authorize(staffOf(c), 'article.read');
    const article = await findArticle(deps.store.db, c.req.param('id'));
    if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.updateArticle, async (c, input) => {
    const { version, hold, reviewed, overrideReason, ...fields } = await input.body();
    const expectedVersion = version ?? versionFromIfMatch(c.req.header('if-match'));
    const article = changed(
      await updateArticle(ctxOf(c), c.req.param('id'), fields, {
        expectedVersion,
        publicUrl: deps.publicUrl,
        hold,
        reviewed,
        overrideReason,
      }),
    );
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.publishArticle, async (c) => {
    const article = changed(await publishArticle(ctxOf(c), c.req.param('id')));
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.addCorrection, async (c, input) => {
    const body = await input.body();
    const { correction, article } = await addCorrection(ctxOf(c), c.req.param('id'), body);
    changed(article);
    return c.json(presentCorrection(correction), 201);
  });

  defineRoute(app, ARTICLE_ROUTES.listCorrections, async (c) => {
    authorize(staffOf(c), 'article.read');
    const article = await findArticle(deps.store.db, c.req.param('id'));
    if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
    return c.json({ items: (await correctionsOf(deps.store.db, article.id)).map(presentCorrection) });
  });

  defineRoute(app, ARTICLE_ROUTES.unpublishArticle, async (c) => {
    const article = changed(await unpublishArticle(ctxOf(c), c.req.param('id')));
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.submitArticle, async (c, input) => {
    const body = await input.body();
    const article = await submitForReview(ctxOf(c), c.req.param('id'), {
      note: body.note,
      expectedVersion: body.version,
    });
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.sendBackArticle, async (c, input) => {
    const body = await input.body();
    const article = changed(
      await sendBack(ctxOf(c), c.req.param('id'), { comment: body.comment, expectedVersion: body.version }),
    );
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.listArticleNotes, async (c) => {
    authorize(staffOf(c), 'article.read');
    const article = await found(c.req.param('id'));
    return c.json({ items: await listNotes(deps.store.db, article.id) });
  });

  defineRoute(app, ARTICLE_ROUTES.getPendingEdit, async (c) => {
    authorize(staffOf(c), 'article.read');
    const pending = await pendingVersion(deps.store.db, await found(c.req.param('id')));
    if (!pending) throw new DomainError('not_found', 'This article has no pending revision');
    return c.json({ ...(await present(pending.article)), pendingRevision: pending.number });
  });

  defineRoute(app, ARTICLE_ROUTES.publishPendingEdit, async (c, input) => {
    const body = await input.body();
    const article = changed(
      await publishPending(ctxOf(c), c.req.param('id'), { expectedVersion: body.version }),
    );
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.discardPendingEdit, async (c) => {
    const article = await discardPending(ctxOf(c), c.req.param('id'));
    return c.json(await present(article));
  });

  defineRoute(app, ARTICLE_ROUTES.listRevisions, async (c) => {
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
  });

  defineRoute(app, ARTICLE_ROUTES.getRevision, async (c) => {
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
  });

  defineRoute(app, ARTICLE_ROUTES.diffRevisions, async (c, input) => {
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
  });

  defineRoute(app, ARTICLE_ROUTES.restoreRevision, async (c, input) => {
    const body = await input.body();
    const article = changed(
      await restoreRevision(ctxOf(c), c.req.param('id'), Number(c.req.param('number')), {
        hold: body.hold,
      }),
    );
    return c.json(await present(article));
  });

  return app;
}
