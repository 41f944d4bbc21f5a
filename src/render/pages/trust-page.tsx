/**
 * The reader site's trust pages: the transparency overview of a language and one page per
 * topic, the JTI badge, the "Report an error" form every article carries, and the answers
 * to a sent report (thanks, too many, or the form again with what to fix).
 * Longer than 300 lines: the trust pages and the report form share the transparency
 * fields' components.
 */

import type { Language } from '../../domain/languages.js';
import type { TrustField, TrustTopic } from '../../domain/trust.js';
import type { Translator } from '../../i18n/catalogue.js';
import type { OrganizationTrust } from '../json-ld.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView } from '../views.js';

/** What the article page adds for trust: the version shown, the policies, the certificate. */
export interface ArticleTrustView {
  /** The version of the article this page shows; the report form sends it back. */
  version: number;
  trust: OrganizationTrust;
  jtiCertificateUrl: string | null;
}

export interface TrustFieldView {
  field: TrustField;
  text: string;
  /** Set when the text is the default language's, shown until a translation exists. */
  fallbackLanguage: Language | null;
}

export interface TrustTopicView {
  topic: TrustTopic;
  href: string;
  fields: TrustFieldView[];
}

export interface TrustPageView {
  topics: TrustTopicView[];
  jtiCertificateUrl: string | null;
  correctionsHref: string;
  /** Above this many characters a text is shortened on the overview. */
  longText: number;
}

const URL_OR_EMAIL = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]|[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,})/gi;

/** A line of text with its web and email addresses as links (http, https and mailto only). */
function Linked(props: { text: string }) {
  const parts: Child[] = [];
  let last = 0;
  for (const match of props.text.matchAll(URL_OR_EMAIL)) {
    const found = match[0];
    parts.push(props.text.slice(last, match.index));
    parts.push(<a href={found.includes('://') ? found : `mailto:${found}`}>{found}</a>);
    last = (match.index ?? 0) + found.length;
  }
  parts.push(props.text.slice(last));
  return <>{parts}</>;
}

/** Plain text as paragraphs (blank lines) and line breaks; never interpreted as markup. */
export function TrustText(props: { text: string }) {
  return (
    <>
      {props.text.split(/\n{2,}/).map((paragraph) => (
        <p>
          {paragraph.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              <Linked text={line} />
            </>
          ))}
        </p>
      ))}
    </>
  );
}

/** The badge "In compliance with the JTI standards", linking to the certificate. */
export function JtiBadge(props: { href: string; t: Translator }) {
  return (
    <p class="jti-badge">
      <a href={props.href} rel="noopener" title={props.t.t('trust.jti.certificate')}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="currentColor" />
          <path d="m8 12 3 3 5-6" fill="none" stroke="#fff" stroke-width="2.2" />
        </svg>
        <span>{props.t.t('trust.jti.badge')}</span>
      </a>
    </p>
  );
}

function FieldBlock(props: {
  field: TrustFieldView;
  t: Translator;
  shorten?: { after: number; href: string; topic: string } | undefined;
}) {
  const { field, t, shorten } = props;
  const long = shorten && field.text.length > shorten.after;
  const shown = long ? (field.text.split(/\n{2,}/)[0] ?? '') : field.text;
  return (
    <section class="trust-field" id={field.field} lang={field.fallbackLanguage ?? undefined}>
      <h3>{t.t(`trust.field.${field.field}`)}</h3>
      {field.fallbackLanguage ? (
        <p class="meta" lang={t.language}>
          {t.t('trust.page.fallback')}
        </p>
      ) : null}
      <TrustText text={shown} />
      {long ? (
        <p lang={t.language}>
          <a href={shorten.href}>{t.t('trust.page.readMore', { topic: shorten.topic })}</a>
        </p>
      ) : null}
    </section>
  );
}

/** Links every trust page carries where they fit: the log and the report form. */
function TopicExtras(props: { topic: TrustTopic; view: TrustPageView; t: Translator }) {
  const { topic, view, t } = props;
  if (topic === 'corrections' || topic === 'feedback') {
    return (
      <>
        {topic === 'feedback' ? <p>{t.t('trust.page.reportError')}</p> : null}
        <p>
          <a href={view.correctionsHref}>{t.t('trust.page.correctionsLog')}</a>
        </p>
      </>
    );
  }
  return null;
}

/** The transparency overview of a language. */
export function TrustPage(props: { chrome: ChromeView; view: TrustPageView }) {
  const { chrome, view } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome} head={<TrustStyles />}>
      <div class="trust">
        <h1 class="page-title">{t.t('trust.page.title')}</h1>
        <p class="lead">{t.t('trust.page.intro')}</p>
        {view.jtiCertificateUrl ? <JtiBadge href={view.jtiCertificateUrl} t={t} /> : null}
        {view.topics.length > 0 ? (
          <nav aria-label={t.t('trust.page.title')}>
            <ul class="trust-topics">
              {view.topics.map((topic) => (
                <li>
                  <a href={topic.href}>{t.t(`trust.topic.${topic.topic}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p>{t.t('trust.page.empty')}</p>
        )}
        {view.topics.map((topic) => (
          <section class="trust-topic" aria-labelledby={`topic-${topic.topic}`}>
            <h2 id={`topic-${topic.topic}`}>
              <a href={topic.href}>{t.t(`trust.topic.${topic.topic}`)}</a>
            </h2>
            {topic.fields.map((field) => (
              <FieldBlock
                field={field}
                t={t}
                shorten={{ after: view.longText, href: topic.href, topic: t.t(`trust.topic.${topic.topic}`) }}
              />
            ))}
            <TopicExtras topic={topic.topic} view={view} t={t} />
          </section>
        ))}
      </div>
    </PageLayout>
  );
}

/** One topic of the transparency section, every text in full. */
export function TrustTopicPage(props: { chrome: ChromeView; view: TrustPageView; topic: TrustTopicView }) {
  const { chrome, view, topic } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome} head={<TrustStyles />}>
      <div class="trust">
        <p>
          <a href={`/${chrome.language}/about/trust`}>{t.t('trust.page.back')}</a>
        </p>
        <h1 class="page-title">{t.t(`trust.topic.${topic.topic}`)}</h1>
        {view.jtiCertificateUrl ? <JtiBadge href={view.jtiCertificateUrl} t={t} /> : null}
        {topic.fields.map((field) => (
          <FieldBlock field={field} t={t} />
        ))}
        <TopicExtras topic={topic.topic} view={view} t={t} />
      </div>
    </PageLayout>
  );
}

export interface ReportFormValues {
  text?: string | undefined;
  source?: string | undefined;
  email?: string | undefined;
}

/**
 * The "Report an error" form: a plain POST that works without JavaScript. The article's id
 * and the version on screen travel in hidden fields; `website` is the honeypot, out of
 * sight and out of the tab order, which people leave empty and robots fill in.
 */
export function ReportErrorForm(props: {
  language: Language;
  articleId: string;
  version: number;
  t: Translator;
  values?: ReportFormValues | undefined;
  error?: { field: 'text' | 'source' | 'email' | null; message: string } | null | undefined;
}) {
  const { t, values = {}, error } = props;
  const invalid = (field: 'text' | 'source' | 'email') => (error?.field === field ? 'true' : undefined);
  const described = (field: 'text' | 'source' | 'email') =>
    error?.field === field ? 'report-error-message' : undefined;
  return (
    <section class="report-error" aria-labelledby="report-error-title">
      <h2 id="report-error-title">{t.t('trust.report.title')}</h2>
      <p>{t.t('trust.report.intro')}</p>
      {error ? (
        <p class="form-error" id="report-error-message" role="alert">
          {error.message}
        </p>
      ) : null}
      <form method="post" action={`/${props.language}/about/report-error`}>
        <input type="hidden" name="article" value={props.articleId} />
        <input type="hidden" name="version" value={String(props.version)} />
        <label for="report-text">{t.t('trust.report.text')}</label>
        <textarea
          id="report-text"
          name="text"
          rows={4}
          required
          maxlength={4000}
          aria-invalid={invalid('text')}
          aria-describedby={described('text')}
        >
          {values.text ?? ''}
        </textarea>
        <label for="report-source">{t.t('trust.report.source')}</label>
        <input
          type="text"
          id="report-source"
          name="source"
          maxlength={1000}
          value={values.source ?? ''}
          aria-invalid={invalid('source')}
          aria-describedby={described('source')}
        />
        <label for="report-email">{t.t('trust.report.email')}</label>
        <input
          type="email"
          id="report-email"
          name="email"
          maxlength={254}
          autocomplete="email"
          value={values.email ?? ''}
          aria-invalid={invalid('email')}
          aria-describedby={described('email') ?? 'report-privacy'}
        />
        <p class="meta" id="report-privacy">
          {t.t('trust.report.privacy')}
        </p>
        <div class="trap" aria-hidden="true">
          <label for="report-website">{t.t('trust.report.trap')}</label>
          <input type="text" id="report-website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <button type="submit">{t.t('trust.report.submit')}</button>
      </form>
    </section>
  );
}

/** The answer to a sent report: thanks, "please wait", or the form again with what to fix. */
export function ReportResultPage(props: {
  chrome: ChromeView;
  outcome:
    | { kind: 'thanks'; articleHref: string | null }
    | { kind: 'too-many'; minutes: number; articleHref: string | null }
    | {
        kind: 'invalid';
        articleHref: string | null;
        form: {
          articleId: string;
          version: number;
          values: ReportFormValues;
          error: { field: 'text' | 'source' | 'email' | null; message: string };
        } | null;
        message: string;
      };
}) {
  const { chrome, outcome } = props;
  const { t } = chrome;
  const back = outcome.articleHref ? (
    <p>
      <a href={outcome.articleHref}>{t.t('trust.report.back')}</a>
    </p>
  ) : null;
  const title =
    outcome.kind === 'thanks'
      ? t.t('trust.report.thanksTitle')
      : outcome.kind === 'too-many'
        ? t.t('trust.report.tooManyTitle')
        : t.t('trust.report.invalidTitle');
  return (
    <PageLayout chrome={chrome} head={<TrustStyles />}>
      <div class="article">
        <h1 class="page-title">{title}</h1>
        {outcome.kind === 'thanks' ? <p role="status">{t.t('trust.report.thanks')}</p> : null}
        {outcome.kind === 'too-many' ? (
          <p role="alert">{t.t('trust.report.tooMany', { minutes: outcome.minutes })}</p>
        ) : null}
        {outcome.kind === 'invalid' && outcome.form ? (
          <ReportErrorForm
            language={chrome.language}
            articleId={outcome.form.articleId}
            version={outcome.form.version}
            t={t}
            values={outcome.form.values}
            error={outcome.form.error}
          />
        ) : null}
        {outcome.kind === 'invalid' && !outcome.form ? <p role="alert">{outcome.message}</p> : null}
        {back}
      </div>
    </PageLayout>
  );
}

/** The trust styles, for the head of a page that shows any of these parts. */
export function TrustStyles() {
  return <style dangerouslySetInnerHTML={{ __html: TRUST_CSS }} />;
}

/** The styles of the trust parts of reader pages (kept here, added to the page head). */
export const TRUST_CSS = [
  '.report-error{border-block-start:2px solid var(--ink);margin-block-start:2.5rem;max-inline-size:44rem}',
  '.report-error label{display:block;font-weight:600;margin-block:.75rem .25rem}',
  '.report-error textarea,.report-error input{font:inherit;inline-size:100%;padding:.4rem .5rem;border:1px solid var(--muted);border-radius:3px}',
  '.report-error button{font:inherit;margin-block-start:.75rem;padding:.45rem 1rem;border:1px solid var(--ink);background:var(--ink);color:var(--paper);border-radius:3px;cursor:pointer}',
  '.report-error .trap{position:absolute;inset-inline-start:-10000px;inline-size:1px;block-size:1px;overflow:hidden}',
  '.form-error{color:#7a0010;font-weight:600}',
  '.jti-badge a{display:inline-flex;align-items:center;gap:.4rem;padding:.35rem .7rem;border:2px solid #0a5a2f;color:#0a5a2f;border-radius:999px;font-weight:700;text-decoration:none}',
  '.trust{max-inline-size:44rem}',
  '.trust-topics{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}',
  '.trust-field h3{font-size:1.05rem}',
  '.author-profile dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}',
  '.author-profile dt{font-weight:700}.author-profile dd{margin:0}',
].join('');
