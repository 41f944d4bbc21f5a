/**
 * The paged lists of teasers: a topic's, an author's (with the profile) and a section's.
 * @example const outcome = await sectionOutcome(site, 'en', 'politics', 1);
 */
import { LANGUAGES, type Language, NATIVE_NAMES, pickLocalized } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { authorJsonLd } from '../../render/json-ld.js';
import { type AuthorProfileView, ListPage } from '../../render/pages/list-page.js';
import { countPublished, latestSummaries } from '../../storage/repos/reader.js';
import { findAuthor, findTopic } from '../../storage/repos/taxonomy.js';
import { socialImageOfPicture } from './chrome.js';
import { type Outcome, PAGE_SIZE, paging } from './page-outcome.js';
import type { ReaderSite } from './reader-site.js';
import { teasersOf } from './teasers.js';

interface ListInput {
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
}

/** A paged list of teasers: the page of a topic, an author or a section. */
async function listPage(
  site: ReaderSite,
  language: Language,
  page: number,
  list: ListInput,
): Promise<Outcome> {
  const { db, deps } = site;
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
          await site.chrome(
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
}

/** The articles of a topic. */
export async function topicOutcome(
  site: ReaderSite,
  language: Language,
  slug: string,
  page: number | null,
): Promise<Outcome> {
  const topic = await findTopic(site.db, slug);
  if (!topic || page === null) return { kind: 'missing' };
  return listPage(site, language, page, {
    path: `/${language}/topics/${topic.slug}`,
    heading: pickLocalized(topic.name, language),
    empty: translator(language, site.deps.timeZone).t('topic.empty'),
    filter: { topic: topic.slug },
  });
}

/** An author's profile and articles. */
export async function authorOutcome(
  site: ReaderSite,
  language: Language,
  slug: string,
  page: number | null,
): Promise<Outcome> {
  const { deps } = site;
  const author = await findAuthor(site.db, slug);
  if (!author || page === null) return { kind: 'missing' };
  const role = pickLocalized(author.role, language);
  const bio = pickLocalized(author.bio, language);
  const name = pickLocalized(author.name, language);
  const t = translator(language, deps.timeZone);
  const expertise = author.expertise[language] ?? author.expertise.en ?? [];
  const path = `/${language}/authors/${author.slug}`;
  return listPage(site, language, page, {
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
}

/** The articles of a section. */
export async function sectionOutcome(
  site: ReaderSite,
  language: Language,
  slug: string,
  page: number | null,
): Promise<Outcome> {
  const section = (await site.sectionsNow()).find((s) => s.slug === slug);
  if (!section || page === null) return { kind: 'missing' };
  return listPage(site, language, page, {
    path: `/${language}/${section.slug}`,
    heading: pickLocalized(section.name, language),
    empty: translator(language, site.deps.timeZone).t('section.empty'),
    filter: { section: section.slug },
    chrome: {
      currentSection: section.slug,
      versions: LANGUAGES.map((l) => ({ language: l, path: `/${l}/${section.slug}` })),
    },
  });
}
