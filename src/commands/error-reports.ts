/**
 * Readers report errors; editors decide on the reports; reporters who left an address hear
 * the outcome. A reader is not staff, so reporting takes no actor: it is limited per address
 * and for everyone together instead, and a filled-in honeypot field is quietly dropped.
 * @example await reportError({ db, now }, { articleId, text: 'The vote was in May', address: '203.0.113.9' })
 */
import { createHash } from 'node:crypto';
import { type Article, articlePath } from '../domain/article.js';
import {
  checkReportInput,
  type ErrorReport,
  MAX_REPORT_NOTE,
  REPORT_LIMITS,
  type ReportInput,
  type ReportOutcome,
} from '../domain/error-reports.js';
import { DomainError, invalid, rateLimited } from '../domain/errors.js';
import type { Language } from '../domain/languages.js';
import type { Mailer, MailMessage } from '../integrations/mail.js';
import { newId } from '../lib/ids.js';
import type { Logger } from '../lib/logger.js';
import type { Db } from '../storage/db.js';
import { findArticle } from '../storage/repos/articles.js';
import {
  findErrorReport,
  insertErrorReport,
  markReportNotified,
  updateErrorReport,
  visibleRevisionNumber,
} from '../storage/repos/error-reports.js';
import { hitRateLimit } from '../storage/repos/rate-limits.js';
import { authorize, type CommandContext } from './context.js';

export interface ReportRequest extends ReportInput {
  articleId: string;
  /** The article version the reader saw (the page's hidden field); the current one when absent. */
  version?: number | undefined;
  /** The reader's network address; only a hash of it is kept, in the rate-limit counters. */
  address: string;
  /** The honeypot field: people leave it empty, form-filling robots do not. */
  trap?: string | undefined;
}

/**
 * Stores a reader's report on a published article. Answers null (and stores nothing) when
 * the honeypot was filled, so a robot learns nothing; fails with `rate_limited` when the
 * address or all readers together sent too many.
 */
export async function reportError(
  ctx: { db: Db; now: Date },
  input: ReportRequest,
): Promise<ErrorReport | null> {
  // Mistakes in the fields cost nothing to refuse and do not count against the reader.
  const fields = input.trap?.trim() ? null : checkReportInput(input);
  const addressKey = createHash('sha256').update(input.address).digest('base64url').slice(0, 22);
  const mine = await hitRateLimit(
    ctx.db,
    `error-report:address:${addressKey}`,
    REPORT_LIMITS.perAddress,
    ctx.now,
  );
  if (!mine.allowed)
    throw rateLimited('Too many reports from this address; try again later', mine.retryAfterSeconds);
  const all = await hitRateLimit(ctx.db, 'error-report:global', REPORT_LIMITS.global, ctx.now);
  if (!all.allowed) throw rateLimited('Too many reports right now; try again later', all.retryAfterSeconds);
  if (!fields) return null;

  const article = await findArticle(ctx.db, input.articleId);
  if (article?.status !== 'published')
    throw new DomainError('not_found', `No article with id ${input.articleId}`);
  const version = input.version ?? article.version;
  if (!Number.isInteger(version) || version < 1 || version > article.version)
    throw invalid('version', `The article has no version ${version}`);
  const report: ErrorReport = {
    id: newId(),
    articleId: article.id,
    language: article.language,
    articleVersion: version,
    // Only the version on the public page now is known to match the newest visible revision.
    revisionNumber: version === article.version ? await visibleRevisionNumber(ctx.db, article.id) : null,
    ...fields,
    status: 'new',
    note: null,
    createdAt: ctx.now.toISOString(),
    handledAt: null,
    handledBy: null,
    notifiedAt: null,
  };
  await insertErrorReport(ctx.db, report);
  return report;
}

/**
 * An editor's decision on a report: accepted, rejected or duplicate, with a note for the
 * desk. `statusChanged` tells whether the reporter has news to hear.
 */
export async function handleErrorReport(
  ctx: CommandContext,
  id: string,
  input: { status: ReportOutcome; note?: string | null | undefined },
): Promise<{ report: ErrorReport; article: Article; statusChanged: boolean }> {
  authorize(ctx.actor, 'error_report.handle');
  const note = input.note?.replace(/\r\n?/g, '\n').trim() || null;
  if (note && note.length > MAX_REPORT_NOTE)
    throw invalid('note', `Longer than ${MAX_REPORT_NOTE} characters`);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findErrorReport(trx, id);
    if (!current) throw new DomainError('not_found', `No error report with id ${id}`);
    const article = await findArticle(trx, current.articleId);
    if (!article) throw new DomainError('not_found', `No article with id ${current.articleId}`);
    const statusChanged = current.status !== input.status;
    const report: ErrorReport = {
      ...current,
      status: input.status,
      note: input.note === undefined ? current.note : note,
      handledAt: ctx.now.toISOString(),
      handledBy: ctx.actor.id,
    };
    if (!(await updateErrorReport(trx, report, current.status))) {
      throw new DomainError('conflict', 'Someone else decided on this report at the same time', 'status');
    }
    return { report, article, statusChanged };
  });
}

/**
 * Mails the reporter the message about the outcome, when they left an address, and notes
 * when. A mail server that refuses leaves the decision stored and the report not notified.
 */
export async function tellReporter(
  ctx: { db: Db; now: Date; mailer: Mailer },
  report: ErrorReport,
  message: Omit<MailMessage, 'to'>,
): Promise<boolean> {
  if (!report.email) return false;
  await ctx.mailer.send({ ...message, to: report.email });
  await markReportNotified(ctx.db, report.id, ctx.now.toISOString());
  return true;
}

/** The outcome mail of a report, composed by the caller in the article's language (null: none due). */
export type OutcomeMail = (
  input: { report: ErrorReport; headline: string; articleUrl: string; logUrl: string },
  language: Language,
) => { subject: string; text: string } | null;

/**
 * Takes an editor's decision and, when the outcome changed and the reporter left an
 * address, mails it. Answers the stored report and whether the mail went out (null: none due).
 */
export async function decideReport(
  deps: { store: { db: Db }; mailer: Mailer; publicUrl: string; log: Logger },
  ctx: CommandContext,
  id: string,
  decision: { status: ReportOutcome; note?: string | null | undefined },
  outcomeMail: OutcomeMail,
): Promise<{ report: ErrorReport; mailed: boolean | null }> {
  const { report, article, statusChanged } = await handleErrorReport(ctx, id, decision);
  if (!statusChanged || !report.email) return { report, mailed: null };
  const mail = outcomeMail(
    {
      report,
      headline: article.headline,
      articleUrl: `${deps.publicUrl}${articlePath(article)}`,
      logUrl: `${deps.publicUrl}/${article.language}/corrections`,
    },
    article.language,
  );
  if (!mail) return { report, mailed: null };
  try {
    await tellReporter({ db: deps.store.db, now: ctx.now, mailer: deps.mailer }, report, mail);
    return { report: { ...report, notifiedAt: ctx.now.toISOString() }, mailed: true };
  } catch (error) {
    deps.log.warn('the outcome of an error report could not be mailed', {
      report: report.id,
      error: error instanceof Error ? error.message : String(error),
    });
    return { report, mailed: false };
  }
}
