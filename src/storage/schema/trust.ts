/**
 * Row types of the trust tables (migration 0007): site settings, readers' error reports and
 * correction follow-ups across translations.
 * @example const status: TrustSchema['error_reports']['status'] = 'new';
 */

export interface TrustSettingsTable {
  language: string;
  field: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ErrorReportsTable {
  id: string;
  article_id: string;
  language: string;
  article_version: number;
  revision_number: number | null;
  text: string;
  source: string | null;
  email: string | null;
  status: string;
  note: string | null;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  notified_at: string | null;
}

/** A correction an editor judged not needed in one translation of the story. */
export interface CorrectionFollowupsTable {
  correction_id: string;
  article_id: string;
  decided_at: string;
  decided_by: string | null;
}

/** The trust tables by name. */
export interface TrustSchema {
  trust_settings: TrustSettingsTable;
  error_reports: ErrorReportsTable;
  correction_followups: CorrectionFollowupsTable;
}
