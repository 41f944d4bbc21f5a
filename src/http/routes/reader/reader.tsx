/**
 * The reader site's front pages, corrections log, topic, author and section lists, and
 * articles (each page's loader is in src/http/views/), answered from the page cache; the
 * language choice; and the 404 page of addresses no route answers.
 * @example app.route('/', readerRoutes(deps, assets)); app.notFound(readerNotFound(deps));
 */
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage, type Language, negotiateLanguage } from '../../../domain/languages.js';
import { findArticle } from '../../../storage/repos/articles.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { cachedPage, documentOf, HTML, htmlPageOf } from '../../page-answers.js';
import { safeRedirectPath } from '../../safe-redirect.js';
import { securityHeaders } from '../../security-headers.js';
import { articleOutcome } from '../../views/article-page.js';
import { correctionsLogOutcome } from '../../views/corrections-log.js';
import { homeOutcome } from '../../views/home.js';
import { authorOutcome, sectionOutcome, topicOutcome } from '../../views/lists.js';
import { notFoundOutcome, notFoundPage } from '../../views/not-found.js';
import { type Outcome, pageNumberOf } from '../../views/page-outcome.js';
import { readerSite } from '../../views/reader-site.js';

/** The reader's explicit language choice; a preference, not tracking. */
const LANGUAGE_COOKIE = 'sw_lang';

/** GET /, /language/:lang and the cached pages under /:lang/. */
export function readerRoutes(deps: AppDeps, assets: ClientAssets = { embeds: null }) {
  const app = new Hono<AppEnv>();
  const security = securityHeaders(deps.publicUrl);
  const site = readerSite(deps, assets);

  /** Answers from the cache, or renders, caches and answers. */
  const serve = (c: Context<AppEnv>, language: Language, produce: () => Promise<Outcome>) =>
    cachedPage(c, deps.pageCache, async () => {
      let outcome = await produce();
      if (outcome.kind === 'missing') outcome = await notFoundOutcome(site, language, c.get('requestId'));
      if (outcome.kind === 'redirect') return c.redirect(outcome.location, 301);
      return htmlPageOf({
        base: security.framing('reader', outcome.frames ?? []),
        status: outcome.status,
        node: outcome.html,
        language,
        maxAgeMs: outcome.maxAgeMs,
      });
    });

  app.get('/', (c) => {
    c.header('Vary', 'Accept-Language, Cookie');
    c.header('Cache-Control', 'private, no-store');
    const chosen = getCookie(c, LANGUAGE_COOKIE);
    const language = isLanguage(chosen) ? chosen : negotiateLanguage(c.req.header('accept-language'));
    return c.redirect(`/${language}/`, 302);
  });

  /** The language switcher: remembers the reader's choice for `/`, then goes to the page in that language. */
  app.get('/language/:lang', (c) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return c.notFound();
    const to = c.req.query('to') ?? '';
    // Only a page of the chosen language on this site: never an open redirect.
    const target = safeRedirectPath(to, { within: `/${language}`, fallback: `/${language}/` });
    setCookie(c, LANGUAGE_COOKIE, language, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'Lax',
      httpOnly: true,
    });
    c.header('Cache-Control', 'private, no-store');
    return c.redirect(target, 303);
  });

  app.get('/:lang{[a-z]{2}}', (c, next) => {
    const lang = c.req.param('lang');
    return isLanguage(lang) ? c.redirect(`/${lang}/`, 301) : next();
  });

  app.get('/:lang{[a-z]{2}}/', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, () => homeOutcome(site, language));
  });

  app.get('/:lang{[a-z]{2}}/corrections', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const page = pageNumberOf(c.req.query('page'));
      return page === null ? { kind: 'missing' } : correctionsLogOutcome(site, language, page);
    });
  });

  app.get('/:lang{[a-z]{2}}/topics/:slug', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, () =>
      topicOutcome(site, language, c.req.param('slug'), pageNumberOf(c.req.query('page'))),
    );
  });

  app.get('/:lang{[a-z]{2}}/authors/:slug', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, () =>
      authorOutcome(site, language, c.req.param('slug'), pageNumberOf(c.req.query('page'))),
    );
  });

  app.get('/:lang{[a-z]{2}}/:section', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, () =>
      sectionOutcome(site, language, c.req.param('section'), pageNumberOf(c.req.query('page'))),
    );
  });

  app.get('/:lang{[a-z]{2}}/:section/:slug/:id', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () =>
      articleOutcome(site, await findArticle(site.db, c.req.param('id')), c.req.path),
    );
  });

  return app;
}

/** Every address no route answers: the 404 page, in the language its path starts with. */
export function readerNotFound(deps: AppDeps) {
  // A reader page wherever it is answered (a missing image or script too), so it keeps its styles.
  const security = securityHeaders(deps.publicUrl);
  return async (c: Context<AppEnv>) => {
    const first = c.req.path.split('/')[1];
    const language = isLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'));
    const body = await documentOf(await notFoundPage(deps, language, c.get('requestId')));
    return c.body(body, 404, { ...security.reader, 'content-type': HTML, 'cache-control': 'no-store' });
  };
}
