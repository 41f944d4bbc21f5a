/**
 * What many reader pages share, built once per app: the sections, each language's trust
 * settings, authors and each section's newest (held until the next change clears the page
 * cache), the rankings (held a minute), and the page frame of a path.
 * @example const site = readerSite(deps, assets); const chrome = await site.chrome('en', '/en/', 'Home');
 */

import type { ArticleSummary } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Author, Section } from '../../domain/taxonomy.js';
import type { ChromeView } from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import { findAuthors, listSections } from '../../storage/repos/taxonomy.js';
import type { ClientAssets } from '../client-assets.js';
import type { AppDeps } from '../deps.js';
import { cacheClearsAtExpiry } from '../front-page-expiry.js';
import { generationMemo } from '../generation-memo.js';
import { sectionLatest } from './article.js';
import { chromeOf } from './chrome.js';
import { type RankingsSource, rankingsSource } from './rankings.js';
import { resolvedTrustOf } from './trust.js';

/** What a page adds to its frame beyond language, path and title. */
export interface ChromeExtra {
  description?: string;
  currentSection?: string | null;
  versions?: Array<{ language: Language; path: string }>;
  social?: ChromeView['social'];
  jsonLd?: string[];
}

export interface ReaderSite {
  deps: AppDeps;
  db: Db;
  assets: ClientAssets;
  sectionsNow(): Promise<Section[]>;
  trustOf(language: Language): ReturnType<typeof resolvedTrustOf>;
  authorsOf(slugs: string): Promise<Author[]>;
  sectionLatestOf(key: `${Language} ${string}`): Promise<ArticleSummary[]>;
  /** Clears the page cache when a pinned story's pin runs out. */
  clearAtPinExpiry: ReturnType<typeof cacheClearsAtExpiry>;
  rankings: RankingsSource;
  chrome(language: Language, path: string, title: string | null, extra?: ChromeExtra): Promise<ChromeView>;
}

/** The shared state of the reader pages of one app. */
export function readerSite(deps: AppDeps, assets: ClientAssets): ReaderSite {
  const db = deps.store.db;
  // What many pages share, held until the next change (every change clears the page cache).
  const sectionsMemo = generationMemo(deps.pageCache, (_: 'all') => listSections(db));
  const sectionsNow = (): Promise<Section[]> => sectionsMemo('all');
  const trustOf = generationMemo(deps.pageCache, (language: Language) => resolvedTrustOf(db, language));
  // Authors (names, roles, contacts), shared by all their articles' pages.
  const authorsOf = generationMemo(deps.pageCache, (slugs: string) =>
    findAuthors(db, slugs === '' ? [] : slugs.split(' ')),
  );
  // The newest of each section, shared by the "More in" lists of all its article pages.
  const sectionLatestOf = generationMemo(deps.pageCache, (key: `${Language} ${string}`) => {
    const [language, section] = key.split(' ') as [Language, string];
    return sectionLatest(db, language, section);
  });
  const chrome = async (language: Language, path: string, title: string | null, extra: ChromeExtra = {}) =>
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
  return {
    deps,
    db,
    assets,
    sectionsNow,
    trustOf,
    authorsOf,
    sectionLatestOf,
    clearAtPinExpiry: cacheClearsAtExpiry(deps),
    // Popular Stories and Most Discussed per language, held for a minute.
    rankings: rankingsSource({ db, clock: deps.clock, pageCache: deps.pageCache }),
    chrome,
  };
}
