/**
 * Row types of the newsroom's people (migrations 0001, 0006): staff accounts, their API
 * tokens and their browser sessions. Secrets are stored hashed.
 * @example const role: StaffSchema['staff_users']['role'] = 'editor';
 */

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

export interface StaffSessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** The staff tables by name. */
export interface StaffSchema {
  staff_users: StaffUsersTable;
  api_tokens: ApiTokensTable;
  staff_sessions: StaffSessionsTable;
}
