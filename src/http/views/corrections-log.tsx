/**
 * The corrections log of a language: every correction and clarification, newest first, paged.
 * @example const outcome = await correctionsLogOutcome(site, 'en', 1);
 */
import { articlePath } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { CorrectionsPage } from '../../render/pages/corrections-page.js';
import { latestCorrections } from '../../storage/repos/corrections.js';
import { type Outcome, PAGE_SIZE } from './page-outcome.js';
import type { ReaderSite } from './reader-site.js';

/** Page `page` of the corrections log (missing past its end). */
export async function correctionsLogOutcome(
  site: ReaderSite,
  language: Language,
  page: number,
): Promise<Outcome> {
  // One more than a page tells whether there is a next one.
  const found = await latestCorrections(site.db, {
    language,
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  if (page > 1 && found.length === 0) return { kind: 'missing' };
  const path = `/${language}/corrections`;
  const t = translator(language, site.deps.timeZone);
  return {
    kind: 'page',
    status: 200,
    html: (
      <CorrectionsPage
        chrome={
          await site.chrome(language, page > 1 ? `${path}?page=${page}` : path, t.t('correctionsLog.title'), {
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
}
