/**
 * Row types of the article tables (migrations 0001, 0004, 0006): stories and their
 * translations, bylines, topics, corrections, revisions and notes.
 * @example const status: ArticlesSchema['articles']['status'] = 'draft';
 */

export interface StoriesTable {
  id: string;
  created_at: string;
}

export interface ArticlesTable {
  id: string;
  story_id: string;
  language: string;
  type: string;
  status: string;
  slug: string;
  headline: string;
  lead: string;
  kicker: string | null;
  dateline: string | null;
  body_json: string;
  hero_media_id: string | null;
  hero_alt: string | null;
  hero_caption: string | null;
  hero_credit: string | null;
  section_slug: string | null;
  source: string | null;
  first_published_at: string | null;
  updated_at: string | null;
  publish_at: string | null;
  created_at: string;
  modified_at: string;
  created_by: string | null;
  version: number;
  pending_revision_id: string | null;
}

export interface ArticleAuthorsTable {
  article_id: string;
  author_slug: string;
  position: number;
}

export interface ArticleTopicsTable {
  article_id: string;
  topic_slug: string;
  position: number;
}

export interface CorrectionsTable {
  id: string;
  article_id: string;
  kind: string;
  text: string;
  created_at: string;
  created_by: string | null;
}

export interface ArticleRevisionsTable {
  id: string;
  article_id: string;
  number: number;
  kind: string;
  snapshot_json: string;
  created_at: string;
  created_by: string | null;
}

export interface ArticleNotesTable {
  id: string;
  article_id: string;
  kind: string;
  text: string;
  created_at: string;
  created_by: string | null;
}

/** The article tables by name. */
export interface ArticlesSchema {
  stories: StoriesTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_topics: ArticleTopicsTable;
  corrections: CorrectionsTable;
  article_revisions: ArticleRevisionsTable;
  article_notes: ArticleNotesTable;
}
