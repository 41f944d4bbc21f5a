/**
 * The newsroom's error-report inbox, transparency settings and translations lacking
 * corrections (under /newsroom). Plain forms: every change is a POST that redirects back.
 * Longer than 300 lines: three desks (error reports, transparency settings, translations
 * lacking corrections) sharing the report-loading helpers.
 */
import { type Context, Hono } from 'hono';
import { authorize, type CommandContext } from '../../../commands/context.js';
import { addCorrection } from '../../../commands/corrections.js';
import { decideReport } from '../../../commands/error-reports.js';
import { markNotNeeded, translationsLacking, updateTrustSettings } from '../../../commands/trust.js';
import { articlePath } from '../../../domain/article.js';
import { CORRECTION_KINDS, type CorrectionKind } from '../../../domain/corrections.js';
import { isReportStatus, REPORT_OUTCOMES, type ReportOutcome } from '../../../domain/error-reports.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { can } from '../../../domain/policy.js';
import { bodyAsText } from '../../../domain/revisions.js';
import { isTrustField, type TrustField } from '../../../domain/trust.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { FollowupsPage } from '../../../render/newsroom/trust-followups.js';
import {
  type InboxItemView,
  InboxPage,
  ReportPage,
  type ReportPageView,
} from '../../../render/newsroom/trust-inbox.js';
import { outcomeMail } from '../../../render/newsroom/trust-mail.js';
import { TrustSettingsPage } from '../../../render/newsroom/trust-settings.js';
import { correctionsOf } from '../../../storage/repos/corrections.js';
import {
  countErrorReports,
  findInboxEntry,
  type InboxEntry,
  listErrorReports,
} from '../../../storage/repos/error-reports.js';
import { findRevision } from '../../../storage/repos/revisions.js';
import { trustSettingsOf } from '../../../storage/repos/trust.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';

const PAGE_SIZE = 30;
const NO_STORE = { 'cache-control': 'no-store' };

function itemView(entry: InboxEntry): InboxItemView {
  const article = { ...entry.article, id: entry.articleId, language: entry.language };
  return {
    id: entry.id,
    language: entry.language,
    status: entry.status,
    text: entry.text,
    source: entry.source,
    email: entry.email,
    note: entry.note,
    createdAt: entry.createdAt,
    articleVersion: entry.articleVersion,
    currentVersion: entry.article.version,
    revisionNumber: entry.revisionNumber,
    headline: entry.article.headline,
    publicHref: entry.article.status === 'published' ? articlePath(article) : null,
    editHref: `/newsroom/articles/${entry.articleId}`,
    handledBy: entry.article.handledByName,
    handledAt: entry.handledAt,
    notifiedAt: entry.notifiedAt,
  };
}

/** The form fields of a POST, as strings. */
async function formOf(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  );
}

export function newsroomTrustRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;
  const ctxOf = (c: Context<AppEnv>): CommandContext => ({
    db,
    actor: newsroomView(c, deps).staff,
    now: deps.clock(),
  });

  routes.get('/error-reports', async (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'error_report.read');
    const languageParam = c.req.query('language');
    const statusParam = c.req.query('status');
    const language = isLanguage(languageParam) ? languageParam : null;
    const status = isReportStatus(statusParam) ? statusParam : null;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const [{ items, total }, counts] = await Promise.all([
      listErrorReports(db, {
        language: language ?? undefined,
        status: status ?? undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
      countErrorReports(db, language ?? undefined),
    ]);
    const href = (p: number) => {
      const query = new URLSearchParams();
      if (language) query.set('language', language);
      if (status) query.set('status', status);
      if (p > 1) query.set('page', String(p));
      const text = query.toString();
      return `/newsroom/error-reports${text ? `?${text}` : ''}`;
    };
    return c.html(
      renderToString(
        <InboxPage
          t={t}
          staff={staff}
          csrf={csrf}
          filter={{ language, status }}
          counts={counts}
          items={items.map(itemView)}
          total={total}
          paging={{
            newer: page > 1 ? href(page - 1) : null,
            older: page * PAGE_SIZE < total ? href(page + 1) : null,
          }}
        />,
      ),
      200,
      NO_STORE,
    );
  });

  const reportPage = async (
    c: Context<AppEnv>,
    id: string,
    message: ReportPageView['message'],
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'error_report.read');
    const entry = await findInboxEntry(db, id);
    if (!entry) throw new DomainError('not_found', `No error report with id ${id}`);
    const [revision, corrections] = await Promise.all([
      entry.revisionNumber !== null ? findRevision(db, entry.articleId, entry.revisionNumber) : null,
      correctionsOf(db, entry.articleId),
    ]);
    const view: ReportPageView = {
      item: itemView(entry),
      seen: revision
        ? {
            headline: revision.snapshot.headline,
            lead: revision.snapshot.lead,
            body: bodyAsText(revision.snapshot.body),
          }
        : null,
      corrections: corrections.map(({ kind, text, createdAt }) => ({ kind, text, createdAt })),
      canCorrect: can(staff, 'article.correct'),
      message,
    };
    return c.html(
      renderToString(<ReportPage t={t} staff={staff} csrf={csrf} view={view} />),
      status,
      NO_STORE,
    );
  };

  routes.get('/error-reports/:id', async (c) => {
    const { t } = newsroomView(c, deps);
    const done = c.req.query('done');
    const message: ReportPageView['message'] =
      done === 'saved'
        ? { kind: 'ok', text: t.t('trust.inbox.saved') }
        : done === 'mail-failed'
          ? { kind: 'warn', text: t.t('trust.inbox.mailFailed') }
          : done === 'corrected'
            ? { kind: 'ok', text: t.t('trust.correct.done') }
            : null;
    return reportPage(c, c.req.param('id'), message);
  });

  routes.post('/error-reports/:id', async (c) => {
    const id = c.req.param('id');
    const form = await formOf(c);
    const status = form.status as ReportOutcome;
    if (!(REPORT_OUTCOMES as readonly string[]).includes(status)) {
      const { t } = newsroomView(c, deps);
      return reportPage(c, id, { kind: 'error', text: t.t('trust.inbox.decision') }, 400);
    }
    const { mailed } = await decideReport(
      deps,
      ctxOf(c),
      id,
      { status, note: form.note ?? null },
      outcomeMail,
    );
    return c.redirect(
      `/newsroom/error-reports/${id}?done=${mailed === false ? 'mail-failed' : 'saved'}`,
      303,
    );
  });

  /** Publishes a note from a form; answers the article it went on. */
  const correctFromForm = async (c: Context<AppEnv>, articleId: string) => {
    const form = await formOf(c);
    const kind = form.kind as CorrectionKind;
    if (!(CORRECTION_KINDS as readonly string[]).includes(kind))
      throw new DomainError('validation_failed', 'Choose a kind of note', 'kind');
    await addCorrection(ctxOf(c), articleId, { kind, text: form.text ?? '' });
    deps.pageCache.clear();
  };

  routes.post('/error-reports/:id/correction', async (c) => {
    const id = c.req.param('id');
    const entry = await findInboxEntry(db, id);
    if (!entry) throw new DomainError('not_found', `No error report with id ${id}`);
    await correctFromForm(c, entry.articleId);
    return c.redirect(`/newsroom/error-reports/${id}?done=corrected`, 303);
  });

  routes.get('/corrections/translations', async (c) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'article.correct');
    const param = c.req.query('language');
    const language = isLanguage(param) ? param : null;
    const items = await translationsLacking(deps, language ?? undefined);
    const done = c.req.query('done');
    return c.html(
      renderToString(
        <FollowupsPage
          t={t}
          staff={staff}
          csrf={csrf}
          language={language}
          message={
            done === 'not-needed'
              ? t.t('trust.followups.done')
              : done === 'corrected'
                ? t.t('trust.correct.done')
                : null
          }
          items={items.map(({ note, source, translation }) => ({
            correction: {
              id: note.id,
              kind: note.kind,
              text: note.text,
              createdAt: note.createdAt,
              language: note.language,
            },
            source: source ? { headline: source.headline, href: articlePath(source) } : null,
            translation: {
              id: translation.id,
              language: translation.language,
              headline: translation.headline,
              href: articlePath(translation),
              editHref: `/newsroom/articles/${translation.id}`,
            },
          }))}
        />,
      ),
      200,
      NO_STORE,
    );
  });

  routes.post('/corrections/translations/:articleId', async (c) => {
    await correctFromForm(c, c.req.param('articleId'));
    return c.redirect('/newsroom/corrections/translations?done=corrected', 303);
  });

  routes.post('/corrections/:id/not-needed', async (c) => {
    const form = await formOf(c);
    await markNotNeeded(ctxOf(c), { correctionId: c.req.param('id'), articleId: form.articleId ?? '' });
    return c.redirect('/newsroom/corrections/translations?done=not-needed', 303);
  });

  const settingsPage = async (
    c: Context<AppEnv>,
    language: Language,
    message: { kind: 'ok' | 'error'; text: string } | null,
    values?: Partial<Record<TrustField, string>>,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'settings.manage');
    return c.html(
      renderToString(
        <TrustSettingsPage
          t={t}
          staff={staff}
          csrf={csrf}
          language={language}
          values={values ?? (await trustSettingsOf(db, language))}
          message={message}
        />,
      ),
      status,
      NO_STORE,
    );
  };

  routes.get('/settings/trust', async (c) => {
    const { t, language: interfaceLanguage } = newsroomView(c, deps);
    const param = c.req.query('language');
    const language = isLanguage(param) ? param : interfaceLanguage;
    return settingsPage(
      c,
      language,
      c.req.query('saved') ? { kind: 'ok', text: t.t('trust.settings.saved') } : null,
    );
  });

  routes.post('/settings/trust', async (c) => {
    const { t, staff } = newsroomView(c, deps);
    authorize(staff, 'settings.manage');
    const form = await formOf(c);
    const language = form.language;
    if (!isLanguage(language)) throw new DomainError('validation_failed', 'Choose a language', 'language');
    const changes: Partial<Record<TrustField, string>> = {};
    for (const [key, value] of Object.entries(form)) if (isTrustField(key)) changes[key] = value;
    try {
      await updateTrustSettings(ctxOf(c), language, changes);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'validation_failed' || !isTrustField(error.field))
        throw error;
      const text =
        error.field === 'jtiCertificateUrl'
          ? t.t('trust.settings.errorUrl')
          : t.t('trust.settings.errorLong', { field: t.t(`trust.field.${error.field}`) });
      return settingsPage(c, language, { kind: 'error', text }, changes, 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/settings/trust?language=${language}&saved=1`, 303);
  });

  return routes;
}
