/**
 * The newsroom dashboard (GET /newsroom): five lists for one language or all.
 */
import { Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { isLanguage } from '../../../domain/languages.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { DashboardPage, type DashboardPanel } from '../../../render/newsroom/dashboard-page.js';
import { type ArticleFilter, listArticles, versionsOfStories } from '../../../storage/repos/articles.js';
import { listSections } from '../../../storage/repos/taxonomy.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';

const PER_PANEL = 10;

export function dashboardRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'article.read');
    const language = c.req.query('language');
    const sections = await listSections(deps.store.db);
    const section = c.req.query('section');
    const filters = {
      language: isLanguage(language) ? language : null,
      section: sections.some((s) => s.slug === section) ? (section ?? null) : null,
      q: (c.req.query('q') ?? '').slice(0, 200),
    };
    const base: ArticleFilter = {
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.section ? { section: filters.section } : {}),
      ...(filters.q.trim() ? { q: filters.q } : {}),
      limit: PER_PANEL,
      offset: 0,
    };
    const query = async (
      key: DashboardPanel['key'],
      filter: Partial<ArticleFilter>,
    ): Promise<DashboardPanel> => {
      const { items, total } = await listArticles(deps.store.db, { ...base, ...filter });
      return { key, articles: items, total };
    };
    const panels = [
      ...(filters.q.trim() ? [await query('results', { limit: 30 })] : []),
      await query('mine', { createdBy: staff.id, status: 'draft' }),
      await query('review', { status: 'in_review' }),
      // Every edit that waits for the desk: of a published article, and of a scheduled one.
      await query('pending', { pending: true }),
      await query('scheduled', { status: 'scheduled', order: 'publish_at' }),
      await query('published', { status: 'published', order: 'published' }),
    ];
    const versions = await versionsOfStories(
      deps.store.db,
      panels.flatMap((panel) => panel.articles.map((article) => article.storyId)),
    );
    return c.html(
      renderToString(
        <DashboardPage
          t={t}
          staff={staff}
          csrf={csrf}
          filters={filters}
          sections={sections}
          panels={panels}
          versions={versions}
        />,
      ),
      200,
      { 'cache-control': 'no-store' },
    );
  });
  return routes;
}
