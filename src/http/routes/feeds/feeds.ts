import { type Context, Hono } from 'hono';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { atomFeed } from '../../../render/feeds/atom.js';
import type { FeedView } from '../../../render/feeds/feed-view.js';
import { rssFeed } from '../../../render/feeds/rss.js';
import {
  newsSitemap,
  parseSitemapName,
  SITEMAP_MAX_URLS,
  sitemapIndex,
  sitemapUrls,
  urlSet,
} from '../../../render/feeds/sitemaps.js';
import { renditionSizes } from '../../../storage/media-sizes.js';
import {
  feedArticles,
  recentlyPublished,
  sitemapPage,
  sitemapPageStats,
} from '../../../storage/repos/distribution.js';
import { findSection, findTopic } from '../../../storage/repos/taxonomy.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { cachedPage } from '../../page-answers.js';
import { cacheKeyOf, makePage } from '../../page-cache.js';
import { securityHeaders } from '../../security-headers.js';
import { type FeedScope, feedViewOf, lastChangeOf } from '../../views/feeds.js';

/** How many items a feed carries. */
export const FEED_ITEMS = 50;
/** The news sitemap: what went out in the last 48 hours, at most 1,000 articles. */
const NEWS_WINDOW_MS = 48 * 3600 * 1000;
const NEWS_MAX = 1000;
/** The news sitemap changes as time passes, not only on publication: cached 10 minutes at most. */
const NEWS_CACHE_MS = 10 * 60 * 1000;

type FeedFormat = 'rss' | 'atom';

const FORMATS: Record<FeedFormat, { file: string; contentType: string; render: (feed: FeedView) => string }> =
  {
    rss: { file: 'feed.xml', contentType: 'application/rss+xml; charset=utf-8', render: rssFeed },
    atom: { file: 'atom.xml', contentType: 'application/atom+xml; charset=utf-8', render: atomFeed },
  };

const SITEMAP_TYPE = 'application/xml; charset=utf-8';

/** A made document with the newest change among what it lists, or "no such document". */
type Outcome = { kind: 'document'; body: string; lastModified: string | null } | { kind: 'missing' };

function newest(times: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  for (const time of times) if (time && (best === null || time > best)) best = time;
  return best;
}

/** The feed and sitemap routes; `sitemapPageSize` is lowered by tests to see paging. */
export function feedRoutes(deps: AppDeps, options: { sitemapPageSize?: number } = {}) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  // Feeds and sitemaps are data to browsers: nothing in them may load or run.
  const security = securityHeaders(deps.publicUrl);
  const sizes = renditionSizes(deps.files.root);
  const pageSize = options.sitemapPageSize ?? SITEMAP_MAX_URLS;

  /** Answers from the cache, or makes, caches and answers; 404 for what does not exist. */
  const serve = async (
    c: Context<AppEnv>,
    key: string,
    contentType: string,
    produce: () => Promise<Outcome>,
  ) =>
    cachedPage(
      c,
      deps.pageCache,
      async () => {
        const outcome = await produce();
        if (outcome.kind === 'missing') return c.notFound();
        return makePage({
          base: security.data,
          status: 200,
          body: outcome.body,
          contentType,
          headers: outcome.lastModified
            ? { 'last-modified': new Date(outcome.lastModified).toUTCString() }
            : {},
        });
      },
      key,
    );

  const feed = async (language: Language, scope: FeedScope, format: FeedFormat): Promise<Outcome> => {
    const articles = await feedArticles(db, {
      language,
      section: scope.kind === 'section' ? scope.section.slug : undefined,
      topic: scope.kind === 'topic' ? scope.topic.slug : undefined,
      limit: FEED_ITEMS,
    });
    const view = await feedViewOf(db, scope, language, articles, {
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      sizes,
      now: deps.clock(),
    });
    return {
      kind: 'document',
      body: FORMATS[format].render(view),
      lastModified: newest(articles.map(lastChangeOf)),
    };
  };

  for (const format of ['rss', 'atom'] as const) {
    const { file, contentType } = FORMATS[format];

    app.get(`/:lang{[a-z]{2}}/${file}`, (c) => {
      const language = c.req.param('lang');
      if (!isLanguage(language)) return c.notFound();
      return serve(c, cacheKeyOf(c.req.url), contentType, () => feed(language, { kind: 'language' }, format));
    });

    app.get(`/:lang{[a-z]{2}}/topics/:topic/${file}`, (c) => {
      const language = c.req.param('lang');
      if (!isLanguage(language)) return c.notFound();
      return serve(c, cacheKeyOf(c.req.url), contentType, async () => {
        const topic = await findTopic(db, c.req.param('topic'));
        return topic ? feed(language, { kind: 'topic', topic }, format) : { kind: 'missing' };
      });
    });

    app.get(`/:lang{[a-z]{2}}/:section/${file}`, (c) => {
      const language = c.req.param('lang');
      if (!isLanguage(language)) return c.notFound();
      return serve(c, cacheKeyOf(c.req.url), contentType, async () => {
        const section = await findSection(db, c.req.param('section'));
        return section ? feed(language, { kind: 'section', section }, format) : { kind: 'missing' };
      });
    });
  }

  app.get('/sitemap.xml', (c) =>
    serve(c, cacheKeyOf(c.req.url), SITEMAP_TYPE, async () => {
      const pages = await sitemapPageStats(db, pageSize);
      return {
        kind: 'document',
        body: sitemapIndex(pages, deps.publicUrl),
        lastModified: newest(pages.map((p) => p.lastmod)),
      };
    }),
  );

  app.get('/sitemaps/:name', (c) =>
    serve(c, cacheKeyOf(c.req.url), SITEMAP_TYPE, async () => {
      const wanted = parseSitemapName(c.req.param('name'));
      if (!wanted) return { kind: 'missing' };
      const { entries, translations } = await sitemapPage(db, { ...wanted, pageSize });
      if (entries.length === 0) return { kind: 'missing' };
      const urls = sitemapUrls(entries, translations, deps.publicUrl);
      return { kind: 'document', body: urlSet(urls), lastModified: newest(urls.map((u) => u.lastmod)) };
    }),
  );

  app.get('/news-sitemap.xml', (c) => {
    const now = deps.clock();
    const key = `${c.req.path}@${Math.floor(now.getTime() / NEWS_CACHE_MS)}`;
    return serve(c, key, SITEMAP_TYPE, async () => {
      const recent = await recentlyPublished(db, {
        since: new Date(now.getTime() - NEWS_WINDOW_MS),
        limit: NEWS_MAX,
      });
      return {
        kind: 'document',
        body: newsSitemap(recent, deps.publicUrl),
        lastModified: newest(recent.map((r) => r.firstPublishedAt)),
      };
    });
  });

  return app;
}
