/**
 * Row types of the translation tables (migration 2026-12-07-1850): the review state of each
 * language version made by "Translate".
 * @example const row: TranslationsSchema['translation_reviews']['unreviewed_json'] = '["headline"]';
 */

export interface TranslationReviewsTable {
  article_id: string;
  source_id: string;
  source_version: number;
  source_text_json: string;
  provider: string | null;
  unreviewed_json: string;
  /** One stable key per top-level block of the version (migration 2026-12-07-2201); null on older rows. */
  block_keys_json: string | null;
  created_at: string;
}

/** The translation tables by name. */
export interface TranslationsSchema {
  translation_reviews: TranslationReviewsTable;
}
