/**
 * /api/v1/articles/{id}/translations: "Translate into …" through the API (ADR 0024).
 * @example app.route('/articles', apiTranslationRoutes(deps));
 */
import { Hono } from 'hono';
import { translateArticle } from '../../../commands/translations.js';
import { storyVersions } from '../../../storage/repos/articles.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { presentArticle } from '../../presenters.js';
import { TRANSLATION_ROUTES } from '../../schemas/translations-routes.js';

/** The translation routes, mounted beside the articles API at /api/v1/articles. */
export function apiTranslationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  defineRoute(app, TRANSLATION_ROUTES.translateArticle, async (c, input) => {
    const { languages } = await input.body();
    const ctx = { db: deps.store.db, actor: staffOf(c), now: deps.clock() };
    const drafts = await translateArticle(ctx, deps.machineTranslation, c.req.param('id'), languages);
    const versions = drafts[0] ? await storyVersions(deps.store.db, drafts[0].article.storyId) : [];
    const items = drafts.map(({ article, review }) => ({
      ...presentArticle(article, deps.publicUrl, versions),
      machineTranslated: review.provider !== null,
      provider: review.provider,
      unreviewed: review.unreviewed,
    }));
    return c.json({ items }, 201);
  });
  return app;
}
