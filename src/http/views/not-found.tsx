/**
 * The reader site's "page not found", in a language: for addresses a reader route knows but
 * whose page does not exist, and for every address no route answers.
 * @example const node = await notFoundPage(deps, 'de');
 */
import type { Language } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import type { Child } from '../../render/jsx/jsx-runtime.js';
import { NotFoundPage } from '../../render/pages/not-found-page.js';
import { listSections } from '../../storage/repos/taxonomy.js';
import type { AppDeps } from '../deps.js';
import { chromeOf } from './chrome.js';
import type { Outcome } from './page-outcome.js';
import type { ReaderSite } from './reader-site.js';

/**
 * The 404 page of a reader route, with the site's memoised sections and the request's id
 * (the page cache keeps only pages that exist, so the id is never shown to another reader).
 */
export async function notFoundOutcome(
  site: ReaderSite,
  language: Language,
  requestId?: string,
): Promise<Extract<Outcome, { kind: 'page' }>> {
  return {
    kind: 'page',
    status: 404,
    html: (
      <NotFoundPage
        chrome={await site.chrome(language, `/${language}/`, translator(language).t('notFound.title'))}
        requestId={requestId}
      />
    ),
  };
}

/** The 404 page of an address no route answers (sections read afresh), with the request's id. */
export async function notFoundPage(deps: AppDeps, language: Language, requestId?: string): Promise<Child> {
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
