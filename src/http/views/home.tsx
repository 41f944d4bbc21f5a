/**
 * The front page of a language: pinned stories first, then the newest, the sections' latest
 * and the rankings; a home with few stories of its own also shows the newest from the others.
 * @example const outcome = await homeOutcome(site, 'en');
 */
import type { ArticleSummary } from '../../domain/article.js';
import { debatePath } from '../../domain/article.js';
import {
  directionOf,
  LANGUAGES,
  type Language,
  NATIVE_NAMES,
  pickLocalized,
} from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { websiteJsonLd } from '../../render/json-ld.js';
import { HomePage } from '../../render/pages/home-page.js';
import type { ForeignTeaserView } from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import { openDebates } from '../../storage/repos/debates.js';
import { newestFromOtherLanguages } from '../../storage/repos/other-languages.js';
import { homeStories, latestPerSection } from '../../storage/repos/reader.js';
import { socialImageOfPicture } from './chrome.js';
import type { Outcome } from './page-outcome.js';
import { RANKED_PAGE_MAX_AGE_MS } from './rankings.js';
import type { ReaderSite } from './reader-site.js';
import { teasersOf } from './teasers.js';

/**
 * A home with fewer stories of its own than this (the top story and three teasers, less than
 * one screen on a phone and half a row of the grid on a desktop) also shows the newest
 * stories from the other languages. Homes with this many or more run no extra query.
 */
export const HOME_FEW_STORIES = 5;
/** How many open debates a home shows. */
const OPEN_DEBATES_SHOWN = 3;
/** How many stories from other languages such a home shows: two rows of the grid. */
const OTHER_LANGUAGES_SHOWN = 6;

/** Teasers of the newest stories not told in `language`, each labelled with its own language. */
async function fromOtherLanguages(db: Db, language: Language): Promise<ForeignTeaserView[]> {
  const articles: ArticleSummary[] = await newestFromOtherLanguages(db, {
    language,
    limit: OTHER_LANGUAGES_SHOWN,
  });
  const teasers = await teasersOf(db, articles);
  return teasers.flatMap((teaser, i) => {
    const other = articles[i]?.language;
    return other
      ? [{ teaser, language: other, languageName: NATIVE_NAMES[other], dir: directionOf(other) }]
      : [];
  });
}

/** The front page of `language`. */
export async function homeOutcome(site: ReaderSite, language: Language): Promise<Outcome> {
  const { db, deps } = site;
  const sections = await site.sectionsNow();
  // Pinned stories first, in the editors' order, then the newest (front pages).
  const { articles: latest, nextChange } = await homeStories(db, {
    language,
    limit: 11,
    now: deps.clock(),
  });
  site.clearAtPinExpiry(nextChange);
  const shown = latest.map((a) => a.id);
  const perSection = await latestPerSection(db, { language, perSection: 4, excludeIds: shown });
  const [[top = null, ...rest], blocks, otherLanguages, debates] = await Promise.all([
    teasersOf(db, latest),
    Promise.all(
      sections
        .filter((section) => (perSection.get(section.slug) ?? []).length > 0)
        .map(async (section) => ({
          section: { href: `/${language}/${section.slug}`, label: pickLocalized(section.name, language) },
          teasers: await teasersOf(db, perSection.get(section.slug) ?? []),
        })),
    ),
    latest.length < HOME_FEW_STORIES ? fromOtherLanguages(db, language) : [],
    openDebates(db, { language, now: deps.clock(), limit: OPEN_DEBATES_SHOWN }),
  ]);
  const t = translator(language, deps.timeZone);
  return {
    kind: 'page',
    status: 200,
    html: (
      <HomePage
        chrome={
          await site.chrome(language, `/${language}/`, t.t('home.title'), {
            jsonLd: [websiteJsonLd({ publicUrl: deps.publicUrl, siteName: t.t('site.name'), language })],
            versions: LANGUAGES.map((l) => ({ language: l, path: `/${l}/` })),
            // The top story's picture, else (in chromeOf) the site's card.
            social: { type: 'website', image: socialImageOfPicture(top?.image ?? null, deps.publicUrl) },
          })
        }
        home={{
          top,
          latest: rest,
          sections: blocks,
          otherLanguages,
          openDebates: debates.map((debate) => ({
            href: debatePath({ language: debate.multilingual ? language : debate.language, id: debate.id }),
            question: debate.question,
            lang: debate.language === language ? null : debate.language,
            comments: debate.comments,
            multilingual: debate.multilingual,
          })),
        }}
        rankings={await site.rankings.of(language)}
      />
    ),
    maxAgeMs: RANKED_PAGE_MAX_AGE_MS,
  };
}
