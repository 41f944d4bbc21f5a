/**
 * Row types of the taxonomy tables (migrations 0001, 0002): languages, sections, topics and
 * authors. Names are per-language JSON text.
 * @example const row: TaxonomySchema['sections'] = { slug: 'world', name_json: '{"en":"World"}', position: 1 };
 */

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

/** The taxonomy tables by name. */
export interface TaxonomySchema {
  languages: LanguagesTable;
  sections: SectionsTable;
  topics: TopicsTable;
  authors: AuthorsTable;
}
