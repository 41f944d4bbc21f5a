/**
 * View models: everything a page shows, fully loaded and resolved before rendering.
 * Render code receives these and never queries.
 */

import type { ArticleType } from '../domain/article.js';
import type { BodyDoc } from '../domain/body.js';
import type { CorrectionKind } from '../domain/corrections.js';
import type { EmbedFrame, EmbedMeta, ProviderId } from '../domain/embeds.js';
import type { Direction, Language } from '../domain/languages.js';
import type { Translator } from '../i18n/catalogue.js';
import type { OpenDebateView } from './elements/open-debates.js';

export interface ImageView {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}

export interface TeaserView {
  id: string;
  href: string;
  headline: string;
  lead: string;
  type: ArticleType;
  kicker: string | null;
  publishedAt: string;
  image: ImageView | null;
}

export interface LinkView {
  href: string;
  label: string;
}

/** What every page shares: language, navigation, addresses. */
export interface ChromeView {
  language: Language;
  direction: Direction;
  t: Translator;
  publicUrl: string;
  title: string;
  description: string;
  /** Absolute canonical address of this page. */
  canonical: string;
  sections: Array<LinkView & { slug: string; current: boolean }>;
  /** One entry per language: the same story's version when it exists, else that language's home. */
  languages: Array<LinkView & { language: Language; current: boolean; sameStory: boolean }>;
  /** hreflang alternates (only versions that exist), with `x-default` when there are several. */
  alternates: Array<{ hreflang: Language | 'x-default'; href: string }>;
  year: number;
  /** What social cards show: the Open Graph type and the page's main image. */
  social: { type: 'website' | 'article'; image: SocialImage | null; article?: SocialArticle };
  /** schema.org blocks of this page, each already serialised by `safeJson`. */
  jsonLd: string[];
  /** Feeds a feed reader can discover from this page. */
  feeds: Array<{ type: 'application/rss+xml' | 'application/atom+xml'; href: string; title: string }>;
}

/** An article's Open Graph facts (`article:*`). */
export interface SocialArticle {
  /** ISO 8601 instants. */
  publishedTime: string;
  modifiedTime: string;
  /** The section's name in the page's language. */
  section: string | null;
  /** Absolute addresses of the authors' pages. */
  authors: string[];
}

export interface SocialImage {
  /** Absolute address. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A recognised embed: its provider, the original's address, what the server learned, the player. */
export interface EmbedView {
  provider: ProviderId;
  providerName: string;
  /** The original post or video, for the link shown with and without JavaScript. */
  url: string;
  meta: EmbedMeta | null;
  /** Loaded by the embeds island only after the reader asks for it. */
  frame: EmbedFrame;
}

export interface BodyContext {
  t: Translator;
  publicUrl: string;
  media: ReadonlyMap<string, ImageView>;
  related: ReadonlyMap<string, TeaserView>;
  /**
   * Recognised embeds by the URL their node names, as click-to-load placeholders. An embed not
   * in here, or every embed where this is absent (feeds, where no script runs), is a plain link card.
   */
  embeds?: ReadonlyMap<string, EmbedView> | undefined;
}

export interface ArticleView {
  id: string;
  type: ArticleType;
  kicker: string | null;
  headline: string;
  lead: string;
  hero: ImageView | null;
  /** The hero's renditions from large to small, with absolute addresses (for structured data). */
  heroSizes: Array<{ url: string; width: number; height: number }>;
  authors: LinkView[];
  section: LinkView | null;
  dateline: string | null;
  firstPublishedAt: string;
  updatedAt: string | null;
  source: string | null;
  body: BodyDoc;
  bodyContext: BodyContext;
  moreInSection: TeaserView[];
  /** Dated notes on this article, oldest first. */
  corrections: Array<{ kind: CorrectionKind; text: string; createdAt: string }>;
  /** The embeds island's address, when the body has a recognised embed; null otherwise. */
  embedScript: string | null;
}

/** A teaser of a story in another language than the page's, with that language named. */
export interface ForeignTeaserView {
  teaser: TeaserView;
  language: Language;
  /** The language's own name (English, Deutsch, 日本語...). */
  languageName: string;
  dir: Direction;
}

export interface HomeView {
  top: TeaserView | null;
  latest: TeaserView[];
  sections: Array<{ section: LinkView; teasers: TeaserView[] }>;
  /** The newest stories from other languages, when the home has few of its own; else empty. */
  otherLanguages: ForeignTeaserView[];
  /** The debates readers of this language can join now (ADR 0027). */
  openDebates: OpenDebateView[];
}

export interface PagingView {
  page: number;
  previousHref: string | null;
  nextHref: string | null;
}

export interface ListPageView {
  heading: string;
  intro: string | null;
  teasers: TeaserView[];
  empty: string;
  paging: PagingView;
}
