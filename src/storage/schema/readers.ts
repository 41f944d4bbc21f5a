/**
 * Row types of the readers' accounts (migration 0008): readers, their one-use tokens and
 * sessions, and the readers' settings of the site.
 * @example const language: ReadersSchema['readers']['language'] = 'fr';
 */

export interface ReadersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  name_key: string;
  language: string;
  created_at: string;
  confirmed_at: string | null;
  banned_at: string | null;
  suspended_until: string | null;
  ban_reason: string | null;
}

export interface ReaderTokensTable {
  token_hash: string;
  reader_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
}

export interface ReaderSessionsTable {
  id_hash: string;
  reader_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ReaderSettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** The reader account tables by name. */
export interface ReadersSchema {
  readers: ReadersTable;
  reader_tokens: ReaderTokensTable;
  reader_sessions: ReaderSessionsTable;
  reader_settings: ReaderSettingsTable;
}
