/**
 * Row types of every table, as Kysely sees them. Times are ISO 8601 UTC text, JSON is text;
 * both dialects store them the same way.
 */
import type { CachePurgesSchema } from './schema-cache-purges.js';
import type { RankingsSchema } from './schema-rankings.js';
import type { ReaderSchema } from './schema-readers.js';
import type { TrustSchema } from './schema-trust.js';

export interface LanguagesTable {
  code: string;
  direction: string;
  native_name: string;
  position: number;
}

export interface SectionsTable {
  slug: string;
  name_json: string;
  position: number;
}

export interface TopicsTable {
  slug: string;
  name_json: string;
}

export interface AuthorsTable {
  slug: string;
  name_json: string;
  role_json: string;
  bio_json: string;
  photo_media_id: string | null;
  languages_json: string;
  expertise_json: string;
  contact_email: string | null;
  contact_url: string | null;
}

export interface MediaTable {
  id: string;
  original_file: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  renditions_json: string;
  created_at: string;
}

export interface StoriesTable {
  id: string;
  created_at: string;
}

export interface StaffUsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  label: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
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

export interface StaffSessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
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

export interface FrontPagePinsTable {
  language: string;
  article_id: string;
  position: number;
  expires_at: string | null;
  pinned_at: string;
  pinned_by: string | null;
}

export interface Schema extends TrustSchema, ReaderSchema, RankingsSchema, CachePurgesSchema {
  staff_sessions: StaffSessionsTable;
  rate_limits: RateLimitsTable;
  article_revisions: ArticleRevisionsTable;
  article_notes: ArticleNotesTable;
  front_page_pins: FrontPagePinsTable;
  languages: LanguagesTable;
  sections: SectionsTable;
  topics: TopicsTable;
  authors: AuthorsTable;
  media: MediaTable;
  stories: StoriesTable;
  staff_users: StaffUsersTable;
  api_tokens: ApiTokensTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_topics: ArticleTopicsTable;
  corrections: CorrectionsTable;
}
