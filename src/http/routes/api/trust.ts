/**
 * Staff trust API (under /api/v1): the error-report inbox and its decisions, the
 * transparency settings per language, and the translations still lacking a correction.
 */
import { Hono } from 'hono';
import { authorize, type CommandContext } from '../../../commands/context.js';
import { decideReport } from '../../../commands/error-reports.js';
import { markNotNeeded, translationsLacking, updateTrustSettings } from '../../../commands/trust.js';
import { articlePath } from '../../../domain/article.js';
import type { ErrorReport, ReportOutcome } from '../../../domain/error-reports.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { outcomeMail } from '../../../render/newsroom/trust-mail.js';
import { findErrorReport, type InboxEntry, listErrorReports } from '../../../storage/repos/error-reports.js';
import { trustSettingsOf } from '../../../storage/repos/trust.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { TRUST_ROUTES } from '../../schemas/trust-routes.js';

/** A report as the staff API shows it, with its article when known. */
export function presentReport(report: ErrorReport | InboxEntry, publicUrl: string) {
  const base = {
    id: report.id,
    articleId: report.articleId,
    language: report.language,
    articleVersion: report.articleVersion,
    revisionNumber: report.revisionNumber,
    text: report.text,
    source: report.source,
    email: report.email,
    status: report.status,
    note: report.note,
    createdAt: report.createdAt,
    handledAt: report.handledAt,
    handledBy: report.handledBy,
    notifiedAt: report.notifiedAt,
  };
  if (!('article' in report)) return base;
  const { article } = report;
  return {
    ...base,
    article: {
      headline: article.headline,
      url:
        article.status === 'published'
          ? `${publicUrl}${articlePath({ ...article, id: report.articleId, language: report.language })}`
          : null,
      currentVersion: article.version,
    },
  };
}

const OUTCOME_OF = {
  accept: 'accepted',
  reject: 'rejected',
  duplicate: 'duplicate',
} as const satisfies Record<string, ReportOutcome>;

export function apiTrustRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const ctxOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }): CommandContext => ({
    db: deps.store.db,
    actor: staffOf(c),
    now: deps.clock(),
  });
  const languageParam = (value: string): Language => {
    if (!isLanguage(value)) throw new DomainError('not_found', `No language ${value}`);
    return value;
  };

  defineRoute(routes, TRUST_ROUTES.listErrorReports, async (c, input) => {
    authorize(staffOf(c), 'error_report.read');
    const query = input.query();
    const { items, total } = await listErrorReports(deps.store.db, query);
    return c.json({
      items: items.map((item) => presentReport(item, deps.publicUrl)),
      total,
      limit: query.limit,
      offset: query.offset,
    });
  });

  defineRoute(routes, TRUST_ROUTES.getErrorReport, async (c) => {
    authorize(staffOf(c), 'error_report.read');
    const report = await findErrorReport(deps.store.db, c.req.param('id'));
    if (!report) throw new DomainError('not_found', `No error report with id ${c.req.param('id')}`);
    return c.json(presentReport(report, deps.publicUrl));
  });

  defineRoute(routes, TRUST_ROUTES.decideErrorReport, async (c, input) => {
    const outcome = OUTCOME_OF[c.req.param('outcome') as keyof typeof OUTCOME_OF];
    // The note is optional, and so is a body that carries it.
    const { note } = c.req.header('content-type') ? await input.body() : { note: undefined };
    const { report, mailed } = await decideReport(
      deps,
      ctxOf(c),
      c.req.param('id'),
      { status: outcome, note },
      outcomeMail,
    );
    return c.json({ ...presentReport(report, deps.publicUrl), mailed });
  });

  defineRoute(routes, TRUST_ROUTES.getTrustSettings, async (c) => {
    authorize(staffOf(c), 'settings.manage');
    const language = languageParam(c.req.param('language'));
    return c.json({
      language,
      settings: await trustSettingsOf(deps.store.db, language),
      publicUrl: `${deps.publicUrl}/${language}/about/trust`,
    });
  });

  defineRoute(routes, TRUST_ROUTES.updateTrustSettings, async (c, input) => {
    const language = languageParam(c.req.param('language'));
    const changes = await input.body();
    const settings = await updateTrustSettings(ctxOf(c), language, changes);
    deps.pageCache.clear();
    return c.json({ language, settings, publicUrl: `${deps.publicUrl}/${language}/about/trust` });
  });

  defineRoute(routes, TRUST_ROUTES.listLackingCorrections, async (c, input) => {
    authorize(staffOf(c), 'article.correct');
    const { language } = input.query();
    const items = await translationsLacking(deps, language);
    return c.json({
      items: items.map(({ note, translation, source }) => ({
        correction: { id: note.id, kind: note.kind, text: note.text, createdAt: note.createdAt },
        source: source
          ? {
              id: source.id,
              language: source.language,
              headline: source.headline,
              url: `${deps.publicUrl}${articlePath(source)}`,
            }
          : null,
        translation: {
          id: translation.id,
          language: translation.language,
          headline: translation.headline,
          url: `${deps.publicUrl}${articlePath(translation)}`,
        },
      })),
    });
  });

  defineRoute(routes, TRUST_ROUTES.markCorrectionNotNeeded, async (c, input) => {
    const { articleId } = await input.body();
    await markNotNeeded(ctxOf(c), { correctionId: c.req.param('id'), articleId });
    return c.body(null, 204);
  });

  return routes;
}
