/**
 * The newsroom dashboard (GET /newsroom).
 */
import { Hono } from 'hono';
import { NewsroomLayout } from '../../render/newsroom/layout.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { newsroomView } from '../newsroom-context.js';

export function dashboardRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    return c.html(
      <NewsroomLayout
        t={t}
        staff={staff}
        csrf={csrf}
        title={t.t('newsroom.nav.dashboard')}
        active="dashboard"
      >
        <h1>{t.t('newsroom.nav.dashboard')}</h1>
      </NewsroomLayout>,
      200,
      { 'cache-control': 'no-store' },
    );
  });
  return routes;
}
