/**
 * Reader-site pages of trust: /{lang}/about/trust and its topic pages, and the
 * report-an-error form's target, which answers with a page (works without JavaScript).
 */
import { type Context, Hono } from 'hono';
import { reportError } from '../../../commands/error-reports.js';
import { articlePath } from '../../../domain/article.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import {
  fieldsOf,
  isTrustTopic,
  LONG_TRUST_TEXT,
  type ResolvedTrustSettings,
  TRUST_TOPICS,
  type TrustTopic,
  trustPath,
} from '../../../domain/trust.js';
import { type MessageKey, translator } from '../../../i18n/catalogue.js';
import { organizationJsonLd } from '../../../render/json-ld.js';
import type { Child } from '../../../render/jsx/jsx-runtime.js';
import {
  type ReportFormValues,
  ReportResultPage,
  TrustPage,
  type TrustPageView,
  TrustTopicPage,
  type TrustTopicView,
} from '../../../render/pages/trust-page.js';
import { findArticle } from '../../../storage/repos/articles.js';
import { listSections } from '../../../storage/repos/taxonomy.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { cachedPage, documentOf, HTML, htmlPageOf } from '../../page-answers.js';
import { formInputOf, REPORT_FORM } from '../../reader-forms.js';
import { securityHeaders } from '../../security-headers.js';
import { chromeOf } from '../../views/chrome.js';
import { organizationTrustOf, resolvedTrustOf } from '../../views/trust.js';

/** A report is a few kilobytes at most; anything far larger is not a reader typing. */
const MAX_FORM_BYTES = 64 * 1024;

/** The messages a refused report shows, by the field it concerns. */
const FIELD_MESSAGE: Record<'text' | 'source' | 'email', MessageKey> = {
  text: 'trust.report.error.text',
  source: 'trust.report.error.source',
  email: 'trust.report.error.email',
};

function pageView(language: Language, resolved: ResolvedTrustSettings): TrustPageView {
  const topics: TrustTopicView[] = TRUST_TOPICS.map((topic) => ({
    topic,
    href: trustPath(language, topic),
    fields: fieldsOf(topic).flatMap((field) => {
      const text = resolved.values[field];
      if (!text) return [];
      const shownIn = resolved.languageOf[field];
      return [{ field, text, fallbackLanguage: shownIn && shownIn !== language ? shownIn : null }];
    }),
  })).filter((topic) => topic.fields.length > 0);
  return {
    topics,
    jtiCertificateUrl: resolved.values.jtiCertificateUrl ?? null,
    correctionsHref: `/${language}/corrections`,
    longText: LONG_TRUST_TEXT,
  };
}

export function trustRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const db = deps.store.db;
  const security = securityHeaders(deps.publicUrl);

  const chrome = async (language: Language, path: string, title: string, jsonLd: string[] = []) =>
    chromeOf({
      language,
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      sections: await listSections(db),
      path,
      title,
      jsonLd,
      now: deps.clock(),
    });

  /** Answers a transparency page from the page cache, or renders and keeps it. */
  const cached = (c: Context<AppEnv>, language: Language, render: () => Promise<Child | null>) =>
    cachedPage(c, deps.pageCache, async () => {
      const node = await render();
      if (!node) return c.notFound();
      return htmlPageOf({ base: security.reader, status: 200, node, language });
    });

  const organizationOf = (language: Language, resolved: ResolvedTrustSettings) =>
    organizationJsonLd(
      { publicUrl: deps.publicUrl, siteName: translator(language).t('site.name'), language },
      organizationTrustOf(language, resolved, deps.publicUrl),
    );

  routes.get('/:lang{[a-z]{2}}/about/trust', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    return cached(c, language, async () => {
      const resolved = await resolvedTrustOf(db, language);
      const t = translator(language, deps.timeZone);
      return (
        <TrustPage
          chrome={
            await chrome(language, trustPath(language), t.t('trust.page.title'), [
              organizationOf(language, resolved),
            ])
          }
          view={pageView(language, resolved)}
        />
      );
    });
  });

  routes.get('/:lang{[a-z]{2}}/about/trust/:topic', async (c, next) => {
    const language = c.req.param('lang');
    const topicName = c.req.param('topic');
    if (!isLanguage(language) || !isTrustTopic(topicName)) return next();
    return cached(c, language, async () => {
      const resolved = await resolvedTrustOf(db, language);
      const view = pageView(language, resolved);
      const topic = view.topics.find((entry) => entry.topic === (topicName as TrustTopic));
      if (!topic) return null;
      const t = translator(language, deps.timeZone);
      return (
        <TrustTopicPage
          chrome={
            await chrome(language, topic.href, t.t(`trust.topic.${topic.topic}`), [
              organizationOf(language, resolved),
            ])
          }
          view={view}
          topic={topic}
        />
      );
    });
  });

  /** The answer page of the form: not cached, never stored by a browser or CDN. */
  const answer = async (
    c: Context<AppEnv>,
    language: Language,
    status: 200 | 400 | 404 | 429,
    outcome: Parameters<typeof ReportResultPage>[0]['outcome'],
  ) => {
    const t = translator(language, deps.timeZone);
    const title =
      outcome.kind === 'thanks'
        ? t.t('trust.report.thanksTitle')
        : outcome.kind === 'too-many'
          ? t.t('trust.report.tooManyTitle')
          : t.t('trust.report.invalidTitle');
    const html = await documentOf(
      <ReportResultPage
        chrome={await chrome(language, `/${language}/about/report-error`, title)}
        outcome={outcome}
      />,
    );
    return c.body(html, status, { 'content-type': HTML, 'cache-control': 'no-store' });
  };

  routes.post('/:lang{[a-z]{2}}/about/report-error', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    if (Number(c.req.header('content-length') ?? 0) > MAX_FORM_BYTES)
      throw new DomainError('payload_too_large', 'The report is too large');
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    const articleId = field('article') ?? '';
    const versionText = field('version');
    const version = versionText && /^\d{1,9}$/.test(versionText) ? Number(versionText) : undefined;
    const values: ReportFormValues = { text: field('text'), source: field('source'), email: field('email') };
    const article = articleId ? await findArticle(db, articleId) : null;
    const articleHref = article?.status === 'published' ? articlePath(article) : null;
    const t = translator(language, deps.timeZone);
    const trap = field('website');
    try {
      // Checked with the API's schema first (a trapped bot's report is left to the command, as before).
      if (!trap?.trim())
        formInputOf(REPORT_FORM, {
          text: values.text ?? '',
          source: values.source ?? '',
          email: values.email ?? '',
        });
      await reportError(
        { db, now: deps.clock() },
        {
          articleId,
          version,
          text: values.text ?? '',
          source: values.source,
          email: values.email,
          trap,
          address: clientAddress(c),
        },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'rate_limited') {
        c.header('Retry-After', String(error.retryAfterSeconds ?? 60));
        return answer(c, language, 429, {
          kind: 'too-many',
          minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)),
          articleHref,
        });
      }
      const known = error.field === 'text' || error.field === 'source' || error.field === 'email';
      if (error.code === 'validation_failed' && known && article && articleHref) {
        const which = error.field as 'text' | 'source' | 'email';
        return answer(c, language, 400, {
          kind: 'invalid',
          articleHref,
          message: t.t(FIELD_MESSAGE[which]),
          form: {
            articleId: article.id,
            version: version ?? article.version,
            values,
            error: { field: which, message: t.t(FIELD_MESSAGE[which]) },
          },
        });
      }
      return answer(c, language, error.code === 'not_found' ? 404 : 400, {
        kind: 'invalid',
        articleHref,
        form: null,
        message: t.t('trust.report.error.other'),
      });
    }
    // After a POST, a redirect: reloading the thanks page does not send the report again.
    const query = articleHref ? `?article=${encodeURIComponent(articleId)}` : '';
    return c.redirect(`/${language}/about/report-error/sent${query}`, 303);
  });

  routes.get('/:lang{[a-z]{2}}/about/report-error/sent', async (c, next) => {
    const language = c.req.param('lang');
    if (!isLanguage(language)) return next();
    const id = c.req.query('article');
    const article = id ? await findArticle(db, id) : null;
    return answer(c, language, 200, {
      kind: 'thanks',
      articleHref: article?.status === 'published' ? articlePath(article) : null,
    });
  });

  return routes;
}
