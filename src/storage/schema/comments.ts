/**
 * Row types of the conversation tables (migration 0008): comment settings per article,
 * debates, comments with their recommendations and reports, and moderation; multilingual
 * threads and the comments' machine translations (migration 2026-12-07-2204, ADR 0027).
 * @example const status: CommentsSchema['comments']['status'] = 'pending';
 */
import type { Generated } from 'kysely';

export interface ArticleCommentSettingsTable {
  article_id: string;
  mode: string;
  closes_at: string | null;
  updated_at: string;
  updated_by: string | null;
  /** 1: readers write in any language and read every comment in theirs. */
  multilingual: Generated<number>;
}

export interface DebatesTable {
  id: string;
  language: string;
  question: string;
  intro: string;
  mode: string;
  opens_at: string;
  closes_at: string | null;
  created_at: string;
  created_by: string | null;
  /** 1: readers write in any language and read every comment in theirs. */
  multilingual: Generated<number>;
}

export interface CommentsTable {
  id: string;
  thread_kind: string;
  thread_id: string;
  language: string;
  parent_id: string | null;
  reader_id: string | null;
  staff_id: string | null;
  body: string;
  body_key: string;
  status: string;
  queue_reason: string | null;
  reject_reason: string | null;
  featured_at: string | null;
  recommendations: number;
  reports: number;
  created_at: string;
  decided_at: string | null;
}

export interface CommentRecommendationsTable {
  comment_id: string;
  reader_id: string;
  created_at: string;
}

export interface CommentReportsTable {
  comment_id: string;
  reader_id: string;
  reason: string;
  created_at: string;
}

export interface ModerationLogTable {
  id: string;
  action: string;
  comment_id: string | null;
  reader_id: string | null;
  reason: string | null;
  staff_id: string | null;
  created_at: string;
}

export interface ModerationWordsTable {
  language: string;
  kind: string;
  word: string;
}

/** A comment's machine translation into one language: pending (retried later), done or unsupported. */
export interface CommentTranslationsTable {
  comment_id: string;
  language: string;
  status: string;
  text: string | null;
  provider: string | null;
  attempts: Generated<number>;
  next_attempt_at: string;
  updated_at: string;
}

/** The comment, debate and moderation tables by name. */
export interface CommentsSchema {
  article_comment_settings: ArticleCommentSettingsTable;
  debates: DebatesTable;
  comments: CommentsTable;
  comment_recommendations: CommentRecommendationsTable;
  comment_reports: CommentReportsTable;
  moderation_log: ModerationLogTable;
  moderation_words: ModerationWordsTable;
  comment_translations: CommentTranslationsTable;
}
