/**
 * Error reports: a reader's report of a factual error in one version of an article, and the
 * editors' decision on it. A report starts `new`; an editor accepts it (and corrects the
 * article), rejects it, or marks it a duplicate, with a note for the desk.
 * @example checkReportInput({ text: 'The date is wrong', source: null, email: null })
 */
import { invalid } from './errors.js';
import type { Language } from './languages.js';
import { isEmail, normalizeEmail } from './staff.js';

export const REPORT_STATUSES = ['new', 'accepted', 'rejected', 'duplicate'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** The decisions an editor takes; each ends the report's time as `new`. */
export const REPORT_OUTCOMES = ['accepted', 'rejected', 'duplicate'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export interface ErrorReport {
  id: string;
  articleId: string;
  /** The article's language: the desk whose inbox the report lands in. */
  language: Language;
  /** The version of the article the reader saw when reporting. */
  articleVersion: number;
  /** The revision in the article's history that holds what the reader saw, when known. */
  revisionNumber: number | null;
  text: string;
  source: string | null;
  email: string | null;
  status: ReportStatus;
  note: string | null;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  /** When the reporter was told the outcome by email. */
  notifiedAt: string | null;
}

export const MAX_REPORT_TEXT = 4000;
export const MAX_REPORT_SOURCE = 1000;
export const MAX_REPORT_NOTE = 4000;

/** How many reports one address may send, and all readers together, per window. */
export const REPORT_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 600 },
  global: { limit: 300, windowSeconds: 3600 },
} as const;

export interface ReportInput {
  text: string;
  source?: string | null | undefined;
  email?: string | null | undefined;
}

/** The report's fields, trimmed and checked; empty optional fields become null. */
export function checkReportInput(input: ReportInput): {
  text: string;
  source: string | null;
  email: string | null;
} {
  const text = input.text.trim();
  if (!text) throw invalid('text', 'Say what is wrong');
  if (text.length > MAX_REPORT_TEXT) throw invalid('text', `Longer than ${MAX_REPORT_TEXT} characters`);
  const source = input.source?.trim() || null;
  if (source && source.length > MAX_REPORT_SOURCE)
    throw invalid('source', `Longer than ${MAX_REPORT_SOURCE} characters`);
  const rawEmail = input.email?.trim() || null;
  if (rawEmail && !isEmail(rawEmail)) throw invalid('email', 'This is not an email address');
  return { text, source, email: rawEmail ? normalizeEmail(rawEmail) : null };
}

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);
}
