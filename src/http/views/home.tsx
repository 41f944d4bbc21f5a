/**
 * The front page of a language: pinned stories first, then the newest, the sections' latest
 * and the rankings.
 * @example const outcome = await homeOutcome(site, 'en');
 */
import { LANGUAGES, type Language, pickLocalized } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { websiteJsonLd } from '../../render/json-ld.js';
import { HomePage } from '../../render/pages/home-page.js';
import { homeStories, latestPerSection } from '../../storage/repos/reader.js';
import { socialImageOfPicture } from './chrome.js';
import type { Outcome } from './page-outcome.js';
import { RANKED_PAGE_MAX_AGE_MS } from './rankings.js';
import type { ReaderSite } from './reader-site.js';
import { teasersOf } from './teasers.js';

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
          await site.chrome(language, `/${language}/`, t.t('home.title'), {
            jsonLd: [websiteJsonLd({ publicUrl: deps.publicUrl, siteName: t.t('site.name'), language })],
            versions: LANGUAGES.map((l) => ({ language: l, path: `/${l}/` })),
            // The top story's picture, else (in chromeOf) the site's card.
            social: { type: 'website', image: socialImageOfPicture(top?.image ?? null, deps.publicUrl) },
          })
        }
        home={{ top, latest: rest, sections: blocks }}
        rankings={await site.rankings.of(language)}
      />
    ),
    maxAgeMs: RANKED_PAGE_MAX_AGE_MS,
  };
}
