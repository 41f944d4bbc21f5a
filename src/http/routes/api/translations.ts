/**
 * /api/v1/articles/{id}/translations: "Translate into …" through the API, and translating one
 * version again from the original as it is now (ADR 0024).
 * @example app.route('/articles', apiTranslationRoutes(deps));
 */
import { Hono } from 'hono';
import { retranslateVersion } from '../../../commands/retranslate.js';
import { workingCopy } from '../../../commands/revisions.js';
import { translateArticle } from '../../../commands/translations.js';
import type { Article } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage } from '../../../domain/languages.js';
import { type TranslationReview, unreviewedNames } from '../../../domain/translation-review.js';
import { findArticle, storyVersions } from '../../../storage/repos/articles.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { presentArticle } from '../../presenters.js';
import { TRANSLATION_ROUTES } from '../../schemas/translations-routes.js';

/** The translation routes, mounted beside the articles API at /api/v1/articles. */
export function apiTranslationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const present = async (
    article: Article,
    review: TranslationReview,
    versions: Awaited<ReturnType<typeof storyVersions>>,
  ) => ({
    ...presentArticle(article, deps.publicUrl, versions),
    machineTranslated: review.provider !== null,
    provider: review.provider,
    unreviewed: unreviewedNames(review, (await workingCopy(db, article)).article),
  });
  defineRoute(app, TRANSLATION_ROUTES.translateArticle, async (c, input) => {
    const { languages } = await input.body();
    const ctx = { db, actor: staffOf(c), now: deps.clock() };
    const drafts = await translateArticle(ctx, deps.machineTranslation, c.req.param('id'), languages);
    const versions = drafts[0] ? await storyVersions(db, drafts[0].article.storyId) : [];
    const items = [];
    for (const { article, review } of drafts) items.push(await present(article, review, versions));
    return c.json({ items }, 201);
  });
  defineRoute(app, TRANSLATION_ROUTES.retranslateVersion, async (c, input) => {
    const { fields, overwriteReviewed } = await input.body();
    const original = await findArticle(db, c.req.param('id'));
    const language = c.req.param('language');
    if (!original) throw new DomainError('not_found', `No article with id ${c.req.param('id')}`);
    const versions = await storyVersions(db, original.storyId);
    const target = isLanguage(language) ? versions.find((v) => v.language === language) : undefined;
    if (!target) throw new DomainError('not_found', `This story has no ${language} version`);
    const ctx = { db, actor: staffOf(c), now: deps.clock() };
    const { article, review } = await retranslateVersion(ctx, deps.machineTranslation, target.id, {
      fields,
      overwriteReviewed,
    });
    return c.json(await present(article, review, versions), 200);
  });
  return app;
}
