import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Article, articlePath } from '../../domain/article.js';
import {
  isLanguage,
  LANGUAGES,
  type Language,
  NATIVE_NAMES,
  negotiateLanguage,
  pickLocalized,
} from '../../domain/languages.js';
import type { Section } from '../../domain/taxonomy.js';
import { translator } from '../../i18n/catalogue.js';
import { articleJsonLd, authorJsonLd, breadcrumbJsonLd, websiteJsonLd } from '../../render/json-ld.js';
import type { Child } from '../../render/jsx/jsx-runtime.js';
import { ArticlePage } from '../../render/pages/article-page.js';
import { CorrectionsPage } from '../../render/pages/corrections-page.js';
import { HomePage } from '../../render/pages/home-page.js';
import { type AuthorProfileView, ListPage } from '../../render/pages/list-page.js';
import { NotFoundPage } from '../../render/pages/not-found-page.js';
import type { ChromeView, PagingView } from '../../render/views.js';
import { findArticle } from '../../storage/repos/articles.js';
import { latestCorrections } from '../../storage/repos/corrections.js';
import {
  countPublished,
  homeStories,
  latestPerSection,
  latestSummaries,
  publishedTranslations,
} from '../../storage/repos/reader.js';
import { findAuthor, findAuthors, findTopic, listSections } from '../../storage/repos/taxonomy.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { cacheClearsAtExpiry } from '../front-page-expiry.js';
import { generationMemo } from '../generation-memo.js';
import { cacheKeyOf, makePage, respondWithPage } from '../page-cache.js';
import { RANKED_PAGE_MAX_AGE_MS, rankingsSource } from '../rankings-views.js';
import {
  articleViewOf,
  chromeOf,
  frameOriginsOf,
  moreInSectionFrom,
  resolvedTrustOf,
  sectionLatest,
  socialImageOf,
  socialImageOfPicture,
  teasersOf,
} from '../reader-views.js';
import { safeRedirectPath } from '../safe-redirect.js';
import { securityHeaders } from '../security-headers.js';
import type { ClientAssets } from './assets.js';

const PAGE_SIZE = 20;
/** The reader's explicit language choice; a preference, not tracking. */
const LANGUAGE_COOKIE = 'sw_lang';
const HTML = 'text/html; charset=utf-8';

/** A rendered page, or a redirect, or "no such page". */
type Outcome =
  | {
      kind: 'page';
      status: 200 | 404;
      html: Child;
      /** Pages showing rankings are cached only this long. */
      maxAgeMs?: number;
      /** Origins its embed players are framed from (the page's policy must allow them). */
      frames?: readonly string[];
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

async function toHtml(node: Child): Promise<string> {
  return `<!doctype html>${await Promise.resolve(node?.toString() ?? '')}`;
}

/** The `?page=` of a list: 1 when absent, null when it is not a positive whole number. */
function pageOf(c: Context): number | null {
  const raw = c.req.query('page');
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

function paging(path: string, page: number, total: number): PagingView {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return {
    page,
    previousHref: page > 1 ? (page === 2 ? path : `${path}?page=${page - 1}`) : null,
    nextHref: page < last ? `${path}?page=${page + 1}` : null,
  };
}

export function readerRoutes(deps: AppDeps, assets: ClientAssets = { embeds: null }) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const security = securityHeaders(deps.publicUrl);
  // What many pages share, held until the next change (every change clears the page cache).
  const sectionsMemo = generationMemo(deps.pageCache, (_: 'all') => listSections(db));
  const sectionsNow = (): Promise<Section[]> => sectionsMemo('all');
  const trustOf = generationMemo(deps.pageCache, (language: Language) => resolvedTrustOf(db, language));
  // Authors (names, roles, contacts), shared by all their articles' pages.
  const authorsMemo = generationMemo(deps.pageCache, (slugs: string) =>
    findAuthors(db, slugs === '' ? [] : slugs.split(' ')),
  );
  // The newest of each section, shared by the "More in" lists of all its article pages.
  const sectionLatestOf = generationMemo(deps.pageCache, (key: `${Language} ${string}`) => {
    const [language, section] = key.split(' ') as [Language, string];
    return sectionLatest(db, language, section);
  });

  const chrome = async (
    language: Language,
    path: string,
    title: string | null,
    extra: {
      description?: string;
      currentSection?: string | null;
      versions?: Array<{ language: Language; path: string }>;
      social?: ChromeView['social'];
      jsonLd?: string[];
    } = {},
  ) =>
    chromeOf({
      language,
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      sections: await sectionsNow(),
      path,
      title,
      description: extra.description,
      currentSection: extra.currentSection,
      versions: extra.versions,
      social: extra.social,
      jsonLd: extra.jsonLd,
      now: deps.clock(),
    });

  const clearAtPinExpiry = cacheClearsAtExpiry(deps);
  // Popular Stories and Most Discussed per language, held for a minute.
  const rankings = rankingsSource({ db, clock: deps.clock, pageCache: deps.pageCache });

  const notFound = async (
    language: Language,
    requestId: string,
  ): Promise<Extract<Outcome, { kind: 'page' }>> => ({
    kind: 'page',
    status: 404,
    html: (
      <NotFoundPage
        chrome={await chrome(language, `/${language}/`, translator(language).t('notFound.title'))}
        requestId={requestId}
      />
    ),
  });

  /** Answers from the cache, or renders, caches and answers. */
  const serve = async (c: Context<AppEnv>, language: Language, produce: () => Promise<Outcome>) => {
    const key = cacheKeyOf(c.req.url);
    let page = deps.pageCache.get(key);
    if (!page) {
      let outcome = await produce();
      if (outcome.kind === 'missing') outcome = await notFound(language, c.get('requestId'));
      if (outcome.kind === 'redirect') return c.redirect(outcome.location, 301);
      page = makePage({
        base: security.framing('reader', outcome.frames ?? []),
        status: outcome.status,
        body: await toHtml(outcome.html),
        contentType: HTML,
        headers: { 'content-language': language },
        maxAgeMs: outcome.maxAgeMs,
      });
      // Only pages that exist are kept: unknown addresses must not fill the cache.
      if (page.status === 200) deps.pageCache.set(key, page);
    }
    return respondWithPage(c, page);
  };

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
    return serve(c, language, async () => {
      const sections = await sectionsNow();
      // Pinned stories first, in the editors' order, then the newest (front pages).
      const { articles: latest, nextChange } = await homeStories(db, {
        language,
        limit: 11,
        now: deps.clock(),
      });
      clearAtPinExpiry(nextChange);
      const shown = latest.map((a) => a.id);
      const perSection = await latestPerSection(db, { language, perSection: 4, excludeIds: shown });
      const [[top = null, ...rest], blocks] = await Promise.all([
        teasersOf(db, latest),
        Promise.all(
          sections
            .filter((section) => (perSection.get(section.slug) ?? []).length > 0)
            .map(async (section) => ({
              section: { href: `/${language}/${section.slug}`, label: pickLocalized(section.name, language) },
              teasers: await teasersOf(db, perSection.get(section.slug) ?? []),
            })),
        ),
      ]);
      const t = translator(language, deps.timeZone);
      return {
        kind: 'page',
        status: 200,
        html: (
          <HomePage
            chrome={
              await chrome(language, `/${language}/`, t.t('home.title'), {
                jsonLd: [websiteJsonLd({ publicUrl: deps.publicUrl, siteName: t.t('site.name'), language })],
                versions: LANGUAGES.map((l) => ({ language: l, path: `/${l}/` })),
                // The top story's picture, else (in chromeOf) the site's card.
                social: { type: 'website', image: socialImageOfPicture(top?.image ?? null, deps.publicUrl) },
              })
            }
            home={{ top, latest: rest, sections: blocks }}
            rankings={await rankings.of(language)}
          />
        ),
        maxAgeMs: RANKED_PAGE_MAX_AGE_MS,
      };
    });
  });

  app.get('/:lang{[a-z]{2}}/corrections', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const page = pageOf(c);
      if (page === null) return { kind: 'missing' };
      // One more than a page tells whether there is a next one.
      const found = await latestCorrections(db, {
        language,
        limit: PAGE_SIZE + 1,
        offset: (page - 1) * PAGE_SIZE,
      });
      if (page > 1 && found.length === 0) return { kind: 'missing' };
      const path = `/${language}/corrections`;
      const t = translator(language, deps.timeZone);
      return {
        kind: 'page',
        status: 200,
        html: (
          <CorrectionsPage
            chrome={
              await chrome(language, page > 1 ? `${path}?page=${page}` : path, t.t('correctionsLog.title'), {
                description: t.t('correctionsLog.intro'),
              })
            }
            entries={found.slice(0, PAGE_SIZE).map((entry) => ({
              kind: entry.kind,
              text: entry.text,
              createdAt: entry.createdAt,
              headline: entry.headline,
              href: articlePath({ ...entry, id: entry.articleId }),
            }))}
            paging={{
              page,
              previousHref: page > 1 ? (page === 2 ? path : `${path}?page=${page - 1}`) : null,
              nextHref: found.length > PAGE_SIZE ? `${path}?page=${page + 1}` : null,
            }}
          />
        ),
      };
    });
  });

  /** A paged list of teasers: the page of a topic, an author or a section. */
  const listPage = async (
    language: Language,
    page: number,
    list: {
      path: string;
      heading: string;
      intro?: string | null;
      empty: string;
      filter: { topic?: string; author?: string; section?: string };
      chrome?: {
        description?: string;
        currentSection?: string;
        versions?: Array<{ language: Language; path: string }>;
        jsonLd?: string[];
      };
      profile?: AuthorProfileView;
    },
  ): Promise<Outcome> => {
    const filter = { language, ...list.filter };
    const [articles, total] = await Promise.all([
      latestSummaries(db, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      countPublished(db, filter),
    ]);
    if (page > 1 && articles.length === 0) return { kind: 'missing' };
    const { versions, ...extra } = list.chrome ?? {};
    const pagePath = page > 1 ? `${list.path}?page=${page}` : list.path;
    const teasers = await teasersOf(db, articles);
    // Link previews show the newest picture of the list, else (in chromeOf) the site's card.
    const picture = teasers.find((teaser) => teaser.image)?.image ?? null;
    const social = { type: 'website' as const, image: socialImageOfPicture(picture, deps.publicUrl) };
    return {
      kind: 'page',
      status: 200,
      html: (
        <ListPage
          chrome={
            await chrome(
              language,
              pagePath,
              list.heading,
              page > 1 || !versions ? { ...extra, social } : { ...extra, versions, social },
            )
          }
          list={{
            heading: list.heading,
            intro: list.intro ?? null,
            teasers,
            empty: list.empty,
            paging: paging(list.path, page, total),
            profile: list.profile ?? null,
          }}
        />
      ),
    };
  };

  app.get('/:lang{[a-z]{2}}/topics/:slug', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const page = pageOf(c);
      const topic = await findTopic(db, c.req.param('slug'));
      if (!topic || page === null) return { kind: 'missing' };
      return listPage(language, page, {
        path: `/${language}/topics/${topic.slug}`,
        heading: pickLocalized(topic.name, language),
        empty: translator(language, deps.timeZone).t('topic.empty'),
        filter: { topic: topic.slug },
      });
    });
  });

  app.get('/:lang{[a-z]{2}}/authors/:slug', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const page = pageOf(c);
      const author = await findAuthor(db, c.req.param('slug'));
      if (!author || page === null) return { kind: 'missing' };
      const role = pickLocalized(author.role, language);
      const bio = pickLocalized(author.bio, language);
      const name = pickLocalized(author.name, language);
      const t = translator(language, deps.timeZone);
      const expertise = author.expertise[language] ?? author.expertise.en ?? [];
      const path = `/${language}/authors/${author.slug}`;
      return listPage(language, page, {
        path,
        heading: name,
        empty: t.t('author.empty'),
        filter: { author: author.slug },
        chrome: {
          description: bio || role,
          jsonLd: [
            authorJsonLd(
              {
                name,
                role,
                bio,
                languages: author.languages,
                expertise,
                email: author.contactEmail,
                url: author.contactUrl,
              },
              {
                publicUrl: deps.publicUrl,
                siteName: t.t('site.name'),
                language,
                url: `${deps.publicUrl}${path}`,
              },
            ),
          ],
        },
        profile: {
          role: role || null,
          bio: bio || null,
          languages: author.languages.map((l) => ({ language: l, label: NATIVE_NAMES[l] })),
          expertise,
          email: author.contactEmail,
          url: author.contactUrl,
          articlesHeading: t.t('author.articles', { name }),
        },
      });
    });
  });

  app.get('/:lang{[a-z]{2}}/:section', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const page = pageOf(c);
      const section = (await sectionsNow()).find((s) => s.slug === c.req.param('section'));
      if (!section || page === null) return { kind: 'missing' };
      return listPage(language, page, {
        path: `/${language}/${section.slug}`,
        heading: pickLocalized(section.name, language),
        empty: translator(language, deps.timeZone).t('section.empty'),
        filter: { section: section.slug },
        chrome: {
          currentSection: section.slug,
          versions: LANGUAGES.map((l) => ({ language: l, path: `/${l}/${section.slug}` })),
        },
      });
    });
  });

  app.get('/:lang{[a-z]{2}}/:section/:slug/:id', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return serve(c, language, async () => {
      const article = await findArticle(db, c.req.param('id'));
      if (article?.status !== 'published') return { kind: 'missing' };
      const canonicalPath = articlePath(article);
      if (decodeURI(c.req.path) !== decodeURI(canonicalPath))
        return { kind: 'redirect', location: canonicalPath };
      const { html, frames } = await articlePage(article);
      return { kind: 'page', status: 200, html, frames, maxAgeMs: RANKED_PAGE_MAX_AGE_MS };
    });
  });

  const articlePage = async (article: Article) => {
    const sections = await sectionsNow();
    const moreInSection = article.sectionSlug
      ? moreInSectionFrom(await sectionLatestOf(`${article.language} ${article.sectionSlug}`), article)
      : [];
    const { view } = await articleViewOf(db, article, {
      sections,
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      moreInSection,
      embedMetadata: deps.embedMetadata,
      embedScript: assets.embeds?.src ?? null,
      trust: await trustOf(article.language),
      findAuthors: (slugs) => authorsMemo(slugs.join(' ')),
    });
    const versions = (await publishedTranslations(db, article.storyId)).map((v) => ({
      language: v.language,
      path: articlePath(v),
    }));
    const path = articlePath(article);
    const t = translator(article.language, deps.timeZone);
    const site = { publicUrl: deps.publicUrl, siteName: t.t('site.name'), language: article.language };
    const url = `${deps.publicUrl}${path}`;
    const trail = [
      { href: `/${article.language}/`, label: t.t('nav.home') },
      ...(view.section ? [view.section] : []),
      { href: path, label: article.headline },
    ];
    const pageChrome = await chrome(article.language, path, article.headline, {
      description: article.lead,
      currentSection: article.sectionSlug,
      versions,
      social: {
        type: 'article',
        image: socialImageOf(view.hero, view.heroSizes),
        article: {
          publishedTime: view.firstPublishedAt,
          modifiedTime: view.updatedAt ?? view.firstPublishedAt,
          section: view.section?.label ?? null,
          authors: view.authors.map((author) => `${deps.publicUrl}${author.href}`),
        },
      },
      jsonLd: [articleJsonLd(view, { ...site, url }), breadcrumbJsonLd(trail, deps.publicUrl)],
    });
    return {
      html: (
        <ArticlePage
          chrome={pageChrome}
          article={view}
          rankings={await rankings.of(article.language)}
          readBeacon={assets.views?.src ?? null}
        />
      ),
      frames: frameOriginsOf(view),
    };
  };

  return app;
}

async function notFoundPage(deps: AppDeps, language: Language, requestId: string): Promise<Child> {
  const chrome = chromeOf({
    language,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    sections: await listSections(deps.store.db),
    path: `/${language}/`,
    title: translator(language).t('notFound.title'),
    now: deps.clock(),
  });
  return <NotFoundPage chrome={chrome} requestId={requestId} />;
}

/** Every address no route answers: the 404 page, in the language its path starts with. */
export function readerNotFound(deps: AppDeps) {
  // A reader page wherever it is answered (a missing image or script too), so it keeps its styles.
  const security = securityHeaders(deps.publicUrl);
  return async (c: Context<AppEnv>) => {
    const first = c.req.path.split('/')[1];
    const language = isLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'));
    const body = await toHtml(await notFoundPage(deps, language, c.get('requestId')));
    return c.body(body, 404, { ...security.reader, 'content-type': HTML, 'cache-control': 'no-store' });
  };
}
