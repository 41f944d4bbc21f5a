/**
 * Revision history pages of the newsroom: /newsroom/articles/:id/history (compare any two
 * revisions) and restoring one.
 */
import { Hono } from 'hono';
import { restoreRevision } from '../../../commands/articles.js';
import { authorize } from '../../../commands/context.js';
import { DomainError } from '../../../domain/errors.js';
import { diffSnapshots } from '../../../domain/revisions.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { HistoryPage } from '../../../render/newsroom/history-page.js';
import { findArticle } from '../../../storage/repos/articles.js';
import { listRevisions, pendingRevisionId } from '../../../storage/repos/revisions.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';

export function historyRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/articles/:id/history', async (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'article.read');
    const article = await findArticle(deps.store.db, c.req.param('id'));
    if (!article) throw new DomainError('not_found', 'No such article');
    const revisions = await listRevisions(deps.store.db, article.id);
    const pendingId = await pendingRevisionId(deps.store.db, article.id);
    const number = (name: string, fallback: number | undefined) => {
      const value = Number(c.req.query(name));
      return Number.isInteger(value) && value > 0 ? value : fallback;
    };
    const newest = revisions[0]?.number;
    const from = number('from', revisions[1]?.number);
    const to = number('to', newest);
    const a = revisions.find((r) => r.number === from);
    const b = revisions.find((r) => r.number === to);
    const compare =
      a && b ? { from: a.number, to: b.number, changes: diffSnapshots(a.snapshot, b.snapshot) } : null;
    const restored = Number(c.req.query('restored'));
    return c.html(
      renderToString(
        <HistoryPage
          t={t}
          staff={staff}
          csrf={csrf}
          article={article}
          revisions={revisions}
          pendingNumber={revisions.find((r) => r.id === pendingId)?.number ?? null}
          compare={compare}
          notice={restored ? t.t('newsroom.history.restored', { number: restored }) : undefined}
        />,
      ),
      200,
      { 'cache-control': 'no-store' },
    );
  });

  routes.post('/articles/:id/revisions/:number{[0-9]+}/restore', async (c) => {
    const { staff } = newsroomView(c, deps);
    const id = c.req.param('id');
    const number = Number(c.req.param('number'));
    const article = await restoreRevision({ db: deps.store.db, actor: staff, now: deps.clock() }, id, number);
    if (article.status === 'published') deps.pageCache.clear();
    return c.redirect(`/newsroom/articles/${id}/history?restored=${number}`, 303);
  });

  return routes;
}
