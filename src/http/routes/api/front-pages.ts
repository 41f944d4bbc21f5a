/**
 * /api/v1/front-pages/{language}: the stories editors pin on top of a language home.
 * A change shows on the reader site at once: the page cache is cleared.
 * @example PUT /api/v1/front-pages/en { "pins": [{ "articleId": "…", "expiresAt": "2026-12-01T18:00:00Z" }] }
 */
import { Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { setFrontPage } from '../../../commands/front-pages.js';
import { articlePath } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { type ActivePin, activePins } from '../../../storage/repos/front-pages.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { LANGUAGE_PARAM } from '../../schemas/common.js';
import { FrontPagePutSchema, FrontPageSchema } from '../../schemas/front-pages.js';

function languageOf(value: string): Language {
  if (!isLanguage(value)) throw new DomainError('not_found', `No front page for the language ${value}`);
  return value;
}

/** The pinned stories of a language as the API answers them. */
export function presentFrontPage(language: Language, pins: readonly ActivePin[], publicUrl: string) {
  return {
    language,
    pins: pins.map((p, i) => ({
      articleId: p.articleId,
      position: i + 1,
      headline: p.headline,
      url: `${publicUrl}${articlePath({ language, sectionSlug: p.sectionSlug, slug: p.slug, id: p.articleId })}`,
      expiresAt: p.expiresAt,
      pinnedAt: p.pinnedAt,
      pinnedBy: p.pinnedBy,
    })),
  };
}

export function apiFrontPageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  defineRoute(
    app,
    {
      method: 'get',
      path: '/:language',
      operationId: 'getFrontPage',
      summary: 'The pinned stories of a language home, in order (editors)',
      tags: ['front-pages'],
      auth: 'staff',
      params: { language: LANGUAGE_PARAM },
      responses: { 200: { description: 'The front page', schema: FrontPageSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'frontpage.manage');
      const language = languageOf(c.req.param('language'));
      const pins = await activePins(deps.store.db, language, deps.clock());
      c.header('Cache-Control', 'no-store');
      return c.json(presentFrontPage(language, pins, deps.publicUrl));
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/:language',
      operationId: 'setFrontPage',
      summary: 'Replace the pinned stories of a language home; published stories of that language only',
      tags: ['front-pages'],
      auth: 'staff',
      params: { language: LANGUAGE_PARAM },
      body: { schema: FrontPagePutSchema, kind: 'json' },
      responses: { 200: { description: 'The front page', schema: FrontPageSchema } },
      errors: [400, 401, 403, 404, 415],
    },
    async (c, input) => {
      const actor = staffOf(c);
      authorize(actor, 'frontpage.manage');
      const language = languageOf(c.req.param('language'));
      const { pins } = await input.body();
      const saved = await setFrontPage({ db: deps.store.db, actor, now: deps.clock() }, language, pins);
      deps.pageCache.clear();
      return c.json(presentFrontPage(language, saved, deps.publicUrl));
    },
  );

  return app;
}
