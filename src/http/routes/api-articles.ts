/**
 * /api/v1/articles: thin handlers; validate, then one use case each.
 */
import { Hono } from 'hono';
import { createArticle, publishArticle, unpublishArticle, updateArticle } from '../../commands/articles.js';
import { authorize } from '../../commands/context.js';
import { addCorrection } from '../../commands/corrections.js';
import type { Article } from '../../domain/article.js';
import { DomainError } from '../../domain/errors.js';
import { findArticle, listArticles, storyVersions } from '../../storage/repos/articles.js';
import { correctionsOf } from '../../storage/repos/corrections.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import { presentArticle, presentCorrection } from '../presenters.js';
import { ArticleCreateSchema, ArticleListQuerySchema, ArticlePatchSchema } from '../schemas/articles.js';
import { CorrectionCreateSchema } from '../schemas/corrections.js';
import { jsonBody, queryOf } from '../validate.js';

/** Parses an `If-Match: "v3"` or `If-Match: 3` header into a version. */
function versionFromIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"?v?(\d+)"?$/.exec(header.trim());
  if (!match?.[1])
    throw new DomainError('validation_failed', 'If-Match must name a version such as "v3"', 'If-Match');
  return Number(match[1]);
}

export function apiArticleRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const ctxOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }) => ({
    db: deps.store.db,
    actor: staffOf(c),
    now: deps.clock(),
  });
  const present = async (article: Article) =>
    presentArticle(article, deps.publicUrl, await storyVersions(deps.store.db, article.storyId));
  const changed = (article: Article) => {
    if (article.status === 'published' || article.status === 'unpublished') deps.pageCache.clear();
    return article;
  };

  app.get('/', async (c) => {
    authorize(staffOf(c), 'article.read');
    const query = queryOf(c, ArticleListQuerySchema);
    const { items, total } = await listArticles(deps.store.db, query);
    return c.json({
      items: items.map((a) => presentArticle(a, deps.publicUrl)),
      total,
      limit: query.limit,
      offset: query.offset,
    });
  });

  app.post('/', async (c) => {
    const input = await jsonBody(c, ArticleCreateSchema);
    const article = changed(await createArticle(ctxOf(c), input, { publicUrl: deps.publicUrl }));
    c.header('Location', `/api/v1/articles/${article.id}`);
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article), 201);
  });

  app.get('/:id', async (c) => {
    authorize(staffOf(c), 'article.read');
    const article = await findArticle(deps.store.db, c.req.param('id'));
    if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article));
  });

  app.patch('/:id', async (c) => {
    const { version, ...fields } = await jsonBody(c, ArticlePatchSchema);
    const expectedVersion = version ?? versionFromIfMatch(c.req.header('if-match'));
    const article = changed(
      await updateArticle(ctxOf(c), c.req.param('id'), fields, {
        expectedVersion,
        publicUrl: deps.publicUrl,
      }),
    );
    c.header('ETag', `"v${article.version}"`);
    return c.json(await present(article));
  });

  app.post('/:id/publish', async (c) => {
    const article = changed(await publishArticle(ctxOf(c), c.req.param('id')));
    return c.json(await present(article));
  });

  app.post('/:id/corrections', async (c) => {
    const input = await jsonBody(c, CorrectionCreateSchema);
    const { correction, article } = await addCorrection(ctxOf(c), c.req.param('id'), input);
    changed(article);
    return c.json(presentCorrection(correction), 201);
  });

  app.get('/:id/corrections', async (c) => {
    authorize(staffOf(c), 'article.read');
    const article = await findArticle(deps.store.db, c.req.param('id'));
    if (!article) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
    return c.json({ items: (await correctionsOf(deps.store.db, article.id)).map(presentCorrection) });
  });

  app.post('/:id/unpublish', async (c) => {
    const article = changed(await unpublishArticle(ctxOf(c), c.req.param('id')));
    return c.json(await present(article));
  });

  return app;
}
