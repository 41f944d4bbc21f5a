/**
 * Readers' error reports and the desk's decisions on them.
 */
import type { Article } from '../../domain/article.js';
import type { ErrorReport, ReportStatus } from '../../domain/error-reports.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import type { ErrorReportsTable } from '../schema/trust.js';

const toReport = (row: ErrorReportsTable): ErrorReport => ({
  id: row.id,
  articleId: row.article_id,
  language: row.language as Language,
  articleVersion: Number(row.article_version),
  revisionNumber: row.revision_number === null ? null : Number(row.revision_number),
  text: row.text,
  source: row.source,
  email: row.email,
  status: row.status as ReportStatus,
  note: row.note,
  createdAt: row.created_at,
  handledAt: row.handled_at,
  handledBy: row.handled_by,
  notifiedAt: row.notified_at,
});

export async function insertErrorReport(db: Db, report: ErrorReport): Promise<void> {
  await db
    .insertInto('error_reports')
    .values({
      id: report.id,
      article_id: report.articleId,
      language: report.language,
      article_version: report.articleVersion,
      revision_number: report.revisionNumber,
      text: report.text,
      source: report.source,
      email: report.email,
      status: report.status,
      note: report.note,
      created_at: report.createdAt,
      handled_at: report.handledAt,
      handled_by: report.handledBy,
      notified_at: report.notifiedAt,
    })
    .execute();
}

export async function findErrorReport(db: Db, id: string): Promise<ErrorReport | null> {
  const row = await db.selectFrom('error_reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toReport(row) : null;
}

/** A report with the article it is about, as the inbox lists it. */
export type InboxEntry = ErrorReport & {
  article: Pick<Article, 'headline' | 'slug' | 'sectionSlug' | 'status' | 'version'> & {
    handledByName: string | null;
  };
};

/** The reports with their articles' headlines and the name of who decided. */
function inboxQuery(db: Db) {
  return db
    .selectFrom('error_reports')
    .innerJoin('articles', 'articles.id', 'error_reports.article_id')
    .leftJoin('staff_users', 'staff_users.id', 'error_reports.handled_by')
    .selectAll('error_reports')
    .select([
      'articles.headline',
      'articles.slug',
      'articles.section_slug',
      'articles.status as article_status',
      'articles.version as current_version',
      'staff_users.name as handled_by_name',
    ]);
}

type InboxRow = ErrorReportsTable & {
  headline: string;
  slug: string;
  section_slug: string | null;
  article_status: string;
  current_version: number;
  handled_by_name: string | null;
};

const toEntry = (row: InboxRow): InboxEntry => ({
  ...toReport(row),
  article: {
    headline: row.headline,
    slug: row.slug,
    sectionSlug: row.section_slug,
    status: row.article_status as Article['status'],
    version: Number(row.current_version),
    handledByName: row.handled_by_name,
  },
});

/** Reports of a language (and status), newest first, with their articles' headlines. */
export async function listErrorReports(
  db: Db,
  filter: {
    language?: Language | undefined;
    status?: ReportStatus | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: InboxEntry[]; total: number }> {
  let list = inboxQuery(db);
  let count = db.selectFrom('error_reports').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.language) {
    list = list.where('error_reports.language', '=', filter.language);
    count = count.where('error_reports.language', '=', filter.language);
  }
  if (filter.status) {
    list = list.where('error_reports.status', '=', filter.status);
    count = count.where('error_reports.status', '=', filter.status);
  }
  const [rows, total] = await Promise.all([
    list
      .orderBy('error_reports.created_at', 'desc')
      .orderBy('error_reports.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEntry), total: Number(total.n) };
}

/** One report as the inbox shows it. */
export async function findInboxEntry(db: Db, id: string): Promise<InboxEntry | null> {
  const row = await inboxQuery(db).where('error_reports.id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** How many reports of each status a language has (all languages when none is given). */
export async function countErrorReports(
  db: Db,
  language: Language | undefined,
): Promise<Record<ReportStatus, number>> {
  let query = db
    .selectFrom('error_reports')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status');
  if (language) query = query.where('language', '=', language);
  const counts: Record<ReportStatus, number> = { new: 0, accepted: 0, rejected: 0, duplicate: 0 };
  for (const row of await query.execute()) counts[row.status as ReportStatus] = Number(row.n);
  return counts;
}

/** Stores a decision when the report still has the status the decision was taken on. */
export async function updateErrorReport(
  db: Db,
  report: ErrorReport,
  expectedStatus: ReportStatus,
): Promise<boolean> {
  const result = await db
    .updateTable('error_reports')
    .set({
      status: report.status,
      note: report.note,
      handled_at: report.handledAt,
      handled_by: report.handledBy,
      notified_at: report.notifiedAt,
    })
    .where('id', '=', report.id)
    .where('status', '=', expectedStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Notes that the reporter was told the outcome. */
export async function markReportNotified(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('error_reports').set({ notified_at: at }).where('id', '=', id).execute();
}

/**
 * The newest revision of an article that readers could have seen: changes waiting for
 * approval (`pending`) are not on the public page. Null when the history is empty.
 */
export async function visibleRevisionNumber(db: Db, articleId: string): Promise<number | null> {
  const row = await db
    .selectFrom('article_revisions')
    .select('number')
    .where('article_id', '=', articleId)
    .where('kind', '!=', 'pending')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.number) : null;
}
