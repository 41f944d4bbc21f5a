/**
 * `/{lang}/search?q=...&page=N`: the reader search over the published articles of a language.
 * Never an error for a strange query: whatever the reader typed is normalised into tokens
 * (src/domain/search-text.ts), and a query without any gives the page that invites a search.
 * Answers are not kept in the page cache (queries are endless); they carry an ETag and
 * `no-cache`, so a publish shows in the next search at once.
 * @example const res = await app.request('/de/search?q=Z%C3%BCrich')
 */
import { Hono } from 'hono';
import type { Article } from '../../../domain/article.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { markTermsOf, parseQuery, queryTextOf } from '../../../domain/search-query.js';
import { bodyPlainText, capQuery, highlight, type MarkTerms, snippet } from '../../../domain/search-text.js';
import { translator } from '../../../i18n/catalogue.js';
import type { Child } from '../../../render/jsx/jsx-runtime.js';
import { SearchPage, type SearchPageView, type SearchResultView } from '../../../render/pages/search-page.js';
import type { PagingView } from '../../../render/views.js';
import { publishedByIds } from '../../../storage/repos/reader.js';
import { listSections } from '../../../storage/repos/taxonomy.js';
import { searchPublished } from '../../../storage/search.js';
import { didYouMean } from '../../../storage/search-suggestion.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { htmlPageOf } from '../../page-answers.js';
import { respondWithPage } from '../../page-cache.js';
import { securityHeaders } from '../../security-headers.js';
import { chromeOf } from '../../views/chrome.js';
import { teaserOf } from '../../views/teasers.js';

const PAGE_SIZE = 20;
/** Characters of a snippet: a Chinese or Japanese character says about as much as a word. */
const SNIPPET_LENGTH: Record<Language, number> = {
  en: 240,
  de: 240,
  fr: 240,
  it: 240,
  es: 240,
  pt: 240,
  ar: 240,
  ru: 240,
  zh: 110,
  ja: 110,
};
/** Pages past this one are not looked up: nobody reads them, and deep offsets cost. */
const MAX_PAGE = 500;

/** The `?page=` of a search; anything that is not a sensible page number means the first. */
function pageOf(raw: string | undefined): number {
  if (raw === undefined || !/^[1-9]\d{0,5}$/.test(raw)) return 1;
  return Number(raw);
}

function pathOf(language: string, query: string, page: number): string {
  const base = `/${language}/search`;
  if (!query) return base;
  const withQuery = `${base}?q=${encodeURIComponent(query)}`;
  return page > 1 ? `${withQuery}&page=${page}` : withQuery;
}

function pagingOf(language: string, query: string, page: number, total: number): PagingView {
  const last = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  return {
    page,
    previousHref: page > 1 ? pathOf(language, query, Math.min(page - 1, last)) : null,
    nextHref: page < last ? pathOf(language, query, page + 1) : null,
  };
}

function resultOf(article: Article, tokens: MarkTerms): SearchResultView {
  return {
    teaser: teaserOf(article, null),
    headline: highlight(article.headline, tokens),
    snippet: snippet(
      `${article.lead}\n${bodyPlainText(article.body)}`,
      tokens,
      SNIPPET_LENGTH[article.language],
    ),
  };
}

export function searchRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const security = securityHeaders(deps.publicUrl);

  app.get('/:lang{[a-z]{2}}/search', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    const query = capQuery(c.req.query('q') ?? '');
    const parsed = parseQuery(query, language);
    const page = pageOf(c.req.query('page'));
    let total = 0;
    let articles: Article[] = [];
    let suggestion: SearchPageView['suggestion'] = null;
    if (parsed.terms.length > 0 && page <= MAX_PAGE) {
      const found = await searchPublished(deps.store, {
        query: parsed,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
        now: deps.clock(),
      });
      total = found.total;
      const byId = await publishedByIds(db, found.ids, { withBodies: true });
      articles = found.ids.flatMap((id) => byId.get(id) ?? []);
      const better = total === 0 ? await didYouMean(deps.store, parsed, deps.clock()) : null;
      if (better) {
        const text = queryTextOf(better);
        suggestion = { query: text, href: pathOf(language, text, 1) };
      }
    }
    const marks = markTermsOf(parsed);
    const t = translator(language, deps.timeZone);
    const search: SearchPageView = {
      query,
      searched: parsed.terms.length > 0,
      total,
      suggestion,
      results: articles.map((article) => resultOf(article, marks)),
      paging: pagingOf(language, query, page, total),
    };
    const chrome = chromeOf({
      language,
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      sections: await listSections(db),
      path: pathOf(language, query, page),
      title: query ? t.t('search.pageTitle', { query }) : t.t('search.title'),
      now: deps.clock(),
    });
    const html: Child = <SearchPage chrome={chrome} search={search} />;
    const answer = await htmlPageOf({
      base: security.reader,
      status: 200,
      node: html,
      language,
      headers: { 'cache-control': 'no-cache' },
    });
    return respondWithPage(c, answer);
  });

  return app;
}
