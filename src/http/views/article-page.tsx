/**
 * A published article's page: the article resolved (views/article.ts), its translations,
 * social card, structured data and the rankings; at its canonical address only.
 * @example const outcome = await articleOutcome(site, article, decodeURI(c.req.path));
 */
import { type Article, articlePath } from '../../domain/article.js';
import { translator } from '../../i18n/catalogue.js';
import { articleJsonLd, breadcrumbJsonLd } from '../../render/json-ld.js';
import { ArticlePage } from '../../render/pages/article-page.js';
import { publishedTranslations } from '../../storage/repos/reader.js';
import { articleViewOf, frameOriginsOf, moreInSectionFrom } from './article.js';
import { socialImageOf } from './chrome.js';
import type { Outcome } from './page-outcome.js';
import { RANKED_PAGE_MAX_AGE_MS } from './rankings.js';
import type { ReaderSite } from './reader-site.js';

/** The page of a published article found at `requestPath`; a redirect when that is not its address. */
export async function articleOutcome(
  site: ReaderSite,
  article: Article | null | undefined,
  requestPath: string,
): Promise<Outcome> {
  if (article?.status !== 'published') return { kind: 'missing' };
  const canonicalPath = articlePath(article);
  if (decodeURI(requestPath) !== decodeURI(canonicalPath))
    return { kind: 'redirect', location: canonicalPath };
  const { html, frames } = await articlePage(site, article);
  return { kind: 'page', status: 200, html, frames, maxAgeMs: RANKED_PAGE_MAX_AGE_MS };
}

async function articlePage(site: ReaderSite, article: Article) {
  const { db, deps, assets } = site;
  const sections = await site.sectionsNow();
  const moreInSection = article.sectionSlug
    ? moreInSectionFrom(await site.sectionLatestOf(`${article.language} ${article.sectionSlug}`), article)
    : [];
  const { view } = await articleViewOf(db, article, {
    sections,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    moreInSection,
    embedMetadata: deps.embedMetadata,
    embedScript: assets.embeds?.src ?? null,
    trust: await site.trustOf(article.language),
    findAuthors: (slugs) => site.authorsOf(slugs.join(' ')),
  });
  const versions = (await publishedTranslations(db, article.storyId)).map((v) => ({
    language: v.language,
    path: articlePath(v),
  }));
  const path = articlePath(article);
  const t = translator(article.language, deps.timeZone);
  const siteInfo = { publicUrl: deps.publicUrl, siteName: t.t('site.name'), language: article.language };
  const url = `${deps.publicUrl}${path}`;
  const trail = [
    { href: `/${article.language}/`, label: t.t('nav.home') },
    ...(view.section ? [view.section] : []),
    { href: path, label: article.headline },
  ];
  const pageChrome = await site.chrome(article.language, path, article.headline, {
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
    jsonLd: [articleJsonLd(view, { ...siteInfo, url }), breadcrumbJsonLd(trail, deps.publicUrl)],
  });
  return {
    html: (
      <ArticlePage
        chrome={pageChrome}
        article={view}
        rankings={await site.rankings.of(article.language)}
        readBeacon={assets.views?.src ?? null}
      />
    ),
    frames: frameOriginsOf(view),
  };
}
