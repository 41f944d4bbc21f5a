/**
 * The search page: a form that works without JavaScript, the number of results, and the
 * results best first, each with its headline and a snippet where the matches are marked.
 * @example <SearchPage chrome={chrome} search={{ query: 'Zürich', searched: true, total: 0, results: [], paging }} />
 */
import type { Marked } from '../../domain/search-text.js';
import type { Translator } from '../../i18n/catalogue.js';
import { PublishedOn, TypeLabel } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, PagingView, TeaserView } from '../views.js';

export interface SearchResultView {
  teaser: TeaserView;
  /** The headline, its matches marked. */
  headline: Marked;
  /** A stretch of the lead and body around the first match, its matches marked. */
  snippet: Marked;
}

export interface SearchPageView {
  /** The query as it was searched (trimmed and shortened), shown again in the form. */
  query: string;
  /** False when the query holds nothing to search for (empty, or punctuation only). */
  searched: boolean;
  total: number;
  /** A near spelling that has results, offered when the query has none. */
  suggestion: { query: string; href: string } | null;
  results: SearchResultView[];
  paging: PagingView;
}

// Only the search page uses these; the masthead form needs none of them.
export const SEARCH_CSS = `
.search-form{margin-block:0 1rem}
.search-form label{display:block;font-weight:600;margin-block-end:.3rem}
.search-row{display:flex;gap:.5rem;max-inline-size:36rem}
.search-row input{flex:1 1 auto;min-inline-size:0;font:inherit;padding:.45rem .6rem;border:1px solid var(--muted);border-radius:.25rem}
.search-row button{font:inherit;padding:.45rem .9rem;border:1px solid var(--ink);border-radius:.25rem;background:var(--ink);color:var(--paper);cursor:pointer}
.search-results{list-style:none;margin:0;padding:0;max-inline-size:44rem}
.search-results li+li{margin-block-start:1rem}
.search-results h2{font-size:1.15rem;margin:.2rem 0 .4rem}
.search-results h2 a{color:var(--ink)}
mark{background:#fff0a0;color:inherit}
`
  .replace(/\n/g, '')
  .trim();

/** "1 result" or "N results", in the reader's language (a plural message; ADR 0025). */
function summaryOf(t: Translator, query: string, total: number): string {
  return t.t('search.results', { count: total, query });
}

/** Text with its matches in `<mark>`; every part is text, escaped by the renderer. */
function MarkedText(props: { parts: Marked }) {
  return <>{props.parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}

/** "Did you mean <a>glacier</a>?": the message around the link, in the reader's language. */
function DidYouMean(props: { t: Translator; suggestion: { query: string; href: string } }) {
  const slot = '\u0000';
  const [before = '', after = ''] = props.t.t('searchux.didYouMean', { suggestion: slot }).split(slot);
  return (
    <p class="search-suggestion">
      {before}
      <a href={props.suggestion.href}>{props.suggestion.query}</a>
      {after}
    </p>
  );
}

function SearchResult(props: { result: SearchResultView; t: Translator }) {
  const { result, t } = props;
  return (
    <article class="teaser">
      <TypeLabel type={result.teaser.type} kicker={result.teaser.kicker} t={t} />
      <h2>
        <a href={result.teaser.href}>
          <MarkedText parts={result.headline} />
        </a>
      </h2>
      <p class="meta">
        <PublishedOn iso={result.teaser.publishedAt} t={t} />
      </p>
      {result.snippet.length > 0 ? (
        <p>
          <MarkedText parts={result.snippet} />
        </p>
      ) : null}
    </article>
  );
}

export function SearchPage(props: { chrome: ChromeView; search: SearchPageView }) {
  const { chrome, search } = props;
  const { t } = chrome;
  const head = (
    <>
      <meta name="robots" content="noindex, follow" />
      <style dangerouslySetInnerHTML={{ __html: SEARCH_CSS }} />
    </>
  );
  return (
    <PageLayout chrome={chrome} head={head}>
      <h1 class="page-title">{t.t('search.title')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: as in the masthead, role="search" on the form itself */}
      <form
        role="search"
        class="search-form"
        action={`/${chrome.language}/search`}
        aria-label={t.t('search.title')}
      >
        <label for="search-q">{t.t('search.label')}</label>
        <div class="search-row">
          <input type="search" id="search-q" name="q" value={search.query} maxlength={200} />
          <button type="submit">{t.t('search.submit')}</button>
        </div>
      </form>
      {!search.searched ? (
        <p>{t.t('search.prompt')}</p>
      ) : search.total === 0 ? (
        <>
          <p class="search-summary">{t.t('search.none', { query: search.query })}</p>
          {search.suggestion ? (
            <DidYouMean t={t} suggestion={search.suggestion} />
          ) : (
            <p>{t.t('search.noneHint')}</p>
          )}
        </>
      ) : (
        <p class="search-summary">{summaryOf(t, search.query, search.total)}</p>
      )}
      {search.results.length > 0 ? (
        <ol class="search-results">
          {search.results.map((result) => (
            <li>
              <SearchResult result={result} t={t} />
            </li>
          ))}
        </ol>
      ) : null}
      {search.paging.previousHref || search.paging.nextHref ? (
        <nav class="pager" aria-label={t.t('pagination.label')}>
          {search.paging.previousHref ? (
            <a href={search.paging.previousHref} rel="prev">
              {t.t('search.previous')}
            </a>
          ) : (
            <span />
          )}
          {search.paging.nextHref ? (
            <a href={search.paging.nextHref} rel="next">
              {t.t('search.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </PageLayout>
  );
}
