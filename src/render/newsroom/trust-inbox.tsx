/**
 * The editors' inbox of error reports: a filtered list per language and status, and one
 * report with the version the reader saw, the decision form and a correction form. Every
 * reader-written string is shown as text; only http(s) sources become links.
 * Longer than 300 lines: the list and the report page share the report's components.
 */
import { CORRECTION_KINDS, type CorrectionKind } from '../../domain/corrections.js';
import { REPORT_OUTCOMES, REPORT_STATUSES, type ReportStatus } from '../../domain/error-reports.js';
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import { isHttpUrl } from '../../domain/trust.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';

export interface InboxItemView {
  id: string;
  language: Language;
  status: ReportStatus;
  text: string;
  source: string | null;
  email: string | null;
  note: string | null;
  createdAt: string;
  articleVersion: number;
  currentVersion: number;
  revisionNumber: number | null;
  headline: string;
  /** The public page, when the article is published. */
  publicHref: string | null;
  editHref: string;
  handledBy: string | null;
  handledAt: string | null;
  notifiedAt: string | null;
}

interface Frame {
  t: Translator;
  staff: StaffUser;
  csrf: string;
}

function StatusBadge(props: { status: ReportStatus; t: Translator }) {
  return <span class={`status report-${props.status}`}>{props.t.t(`trust.status.${props.status}`)}</span>;
}

/** A reader's source: a link only for a web address, plain text otherwise. */
function Source(props: { source: string }) {
  return isHttpUrl(props.source) ? (
    <a href={props.source} rel="noopener noreferrer nofollow" target="_blank">
      {props.source}
    </a>
  ) : (
    <span>{props.source}</span>
  );
}

/** Reader text as paragraphs: text nodes only, never markup. */
function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text.split(/\n{2,}/).map((p) => (
        <p class="reader-text">{p}</p>
      ))}
    </>
  );
}

export function InboxPage(
  props: Frame & {
    filter: { language: Language | null; status: ReportStatus | null };
    counts: Record<ReportStatus, number>;
    items: InboxItemView[];
    total: number;
    paging: { newer: string | null; older: string | null };
  },
) {
  const { t, filter, counts } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('trust.inbox.title')}
      active="error-reports"
    >
      <p>
        <a href="/newsroom/corrections/translations">{t.t('trust.followups.title')}</a>
      </p>
      <form
        method="get"
        action="/newsroom/error-reports"
        class="filters card"
        aria-label={t.t('trust.inbox.filters')}
      >
        <div>
          <label for="inbox-language">{t.t('trust.inbox.language')}</label>
          <select id="inbox-language" name="language">
            <option value="">{t.t('trust.inbox.all')}</option>
            {LANGUAGES.map((language) => (
              <option value={language} selected={language === filter.language} lang={language}>
                {NATIVE_NAMES[language]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="inbox-status">{t.t('trust.inbox.status')}</label>
          <select id="inbox-status" name="status">
            <option value="">{t.t('trust.inbox.all')}</option>
            {REPORT_STATUSES.map((status) => (
              <option value={status} selected={status === filter.status}>
                {`${t.t(`trust.status.${status}`)} (${t.t('trust.inbox.count', { count: counts[status] })})`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{t.t('trust.inbox.show')}</button>
        </div>
      </form>
      <p class="muted">{t.t('trust.inbox.count', { count: props.total })}</p>
      {props.items.length === 0 ? (
        <p>{t.t('trust.inbox.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.t('trust.inbox.status')}</th>
                <th scope="col">{t.t('trust.inbox.article')}</th>
                <th scope="col">{t.t('trust.inbox.text')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.t('trust.inbox.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((item) => (
                <tr class="report-row" data-report={item.id}>
                  <td>
                    <StatusBadge status={item.status} t={t} />
                    <br />
                    <small class="muted">
                      <time datetime={item.createdAt}>{t.dateTime(item.createdAt)}</time> ·{' '}
                      <span lang={item.language}>{NATIVE_NAMES[item.language]}</span>
                    </small>
                  </td>
                  <td>
                    {item.publicHref ? (
                      <a href={item.publicHref} lang={item.language}>
                        {item.headline}
                      </a>
                    ) : (
                      <span lang={item.language}>{item.headline}</span>
                    )}
                    <br />
                    <small class="muted">
                      {t.t('trust.inbox.versionSeen', { version: item.articleVersion })}
                    </small>
                  </td>
                  <td class="reader-text">
                    {item.text.length > 280 ? `${item.text.slice(0, 280)}…` : item.text}
                  </td>
                  <td>
                    <a class="button secondary" href={`/newsroom/error-reports/${item.id}`}>
                      {t.t('trust.inbox.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="actions" aria-label={t.t('trust.inbox.title')}>
        {props.paging.newer ? <a href={props.paging.newer}>{t.t('trust.inbox.newer')}</a> : null}
        {props.paging.older ? <a href={props.paging.older}>{t.t('trust.inbox.older')}</a> : null}
      </nav>
    </DeskPage>
  );
}

export interface ReportPageView {
  item: InboxItemView;
  /** What the reader saw, from the article's history, when it is known. */
  seen: { headline: string; lead: string; body: string } | null;
  corrections: Array<{ kind: CorrectionKind; text: string; createdAt: string }>;
  canCorrect: boolean;
  message: { kind: 'ok' | 'error' | 'warn'; text: string } | null;
}

export function ReportPage(props: Frame & { view: ReportPageView }) {
  const { t, view } = props;
  const { item } = view;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('trust.inbox.report')}
      active="error-reports"
      above={
        <p>
          <a href={`/newsroom/error-reports?language=${item.language}`}>{t.t('trust.inbox.back')}</a>
        </p>
      }
      heading={
        <>
          {t.t('trust.inbox.report')} <StatusBadge status={item.status} t={t} />
        </>
      }
    >
      {view.message ? (
        <p class={`message ${view.message.kind}`} role={view.message.kind === 'error' ? 'alert' : 'status'}>
          {view.message.text}
        </p>
      ) : null}
      <div class="grid">
        <section class="card" aria-labelledby="report-heading">
          <h2 id="report-heading">{t.t('trust.inbox.text')}</h2>
          <div class="reader-report">
            <Paragraphs text={item.text} />
          </div>
          <dl>
            <dt>{t.t('trust.inbox.source')}</dt>
            <dd>{item.source ? <Source source={item.source} /> : '—'}</dd>
            <dt>{t.t('trust.inbox.email')}</dt>
            <dd>{item.email ?? t.t('trust.inbox.noEmail')}</dd>
            <dt>{t.t('trust.inbox.status')}</dt>
            <dd>
              {t.t('trust.inbox.reported', { date: t.dateTime(item.createdAt) })}
              {item.handledAt && item.handledBy ? (
                <>
                  <br />
                  {t.t('trust.inbox.handledBy', { name: item.handledBy, date: t.dateTime(item.handledAt) })}
                </>
              ) : null}
              {item.notifiedAt ? (
                <>
                  <br />
                  {t.t('trust.inbox.notified', { date: t.dateTime(item.notifiedAt) })}
                </>
              ) : null}
            </dd>
            {item.note ? (
              <>
                <dt>{t.t('trust.inbox.note')}</dt>
                <dd class="reader-text">{item.note}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section class="card" aria-labelledby="article-heading">
          <h2 id="article-heading">{t.t('trust.inbox.article')}</h2>
          <p lang={item.language}>
            <strong>{item.headline}</strong>
          </p>
          <p>
            {t.t('trust.inbox.versionSeen', { version: item.articleVersion })}
            {item.currentVersion !== item.articleVersion ? (
              <>
                {' · '}
                {t.t('trust.inbox.versionNow', { version: item.currentVersion })}
              </>
            ) : null}
          </p>
          <ul>
            {item.publicHref ? (
              <li>
                <a href={item.publicHref}>{t.t('trust.inbox.viewArticle')}</a>
              </li>
            ) : null}
            <li>
              <a
                href={
                  item.revisionNumber !== null
                    ? `${item.editHref}/history?to=${item.revisionNumber}`
                    : item.editHref
                }
              >
                {item.revisionNumber !== null
                  ? t.t('trust.inbox.viewVersion', { version: item.revisionNumber })
                  : t.t('trust.inbox.article')}
              </a>
            </li>
          </ul>
          {view.seen ? (
            <details lang={item.language}>
              <summary>
                {t.t('trust.inbox.viewVersion', { version: item.revisionNumber ?? item.articleVersion })}
              </summary>
              <p>
                <strong>{view.seen.headline}</strong>
              </p>
              <p>{view.seen.lead}</p>
              <Paragraphs text={view.seen.body} />
            </details>
          ) : null}
        </section>
      </div>
      <section class="card" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t.t('trust.inbox.decision')}</h2>
        <form method="post" action={`/newsroom/error-reports/${item.id}`}>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <fieldset>
            <legend>{t.t('trust.inbox.decision')}</legend>
            {REPORT_OUTCOMES.map((outcome) => (
              <label class="choice">
                <input
                  type="radio"
                  name="status"
                  value={outcome}
                  checked={item.status === outcome}
                  required
                />{' '}
                {t.t(`trust.status.${outcome}`)}
              </label>
            ))}
          </fieldset>
          <label for="report-note">{t.t('trust.inbox.note')}</label>
          <textarea id="report-note" name="note" maxlength={4000}>
            {item.note ?? ''}
          </textarea>
          <div class="actions">
            <button type="submit">{t.t('trust.inbox.save')}</button>
          </div>
        </form>
      </section>
      {view.canCorrect && item.publicHref ? (
        <section class="card" aria-labelledby="correct-heading">
          <h2 id="correct-heading">{t.t('trust.correct.title')}</h2>
          {view.corrections.length > 0 ? (
            <>
              <h3>{t.t('trust.correct.existing')}</h3>
              <ul>
                {view.corrections.map((note) => (
                  <li lang={item.language}>
                    <strong>{t.t(`correction.${note.kind}`)}</strong>{' '}
                    <time datetime={note.createdAt}>{t.dateTime(note.createdAt)}</time>: {note.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <CorrectionForm
            action={`/newsroom/error-reports/${item.id}/correction`}
            csrf={props.csrf}
            t={t}
            id="report"
          />
        </section>
      ) : null}
    </DeskPage>
  );
}

/** A form that publishes a dated note on an article. */
export function CorrectionForm(props: { action: string; csrf: string; t: Translator; id: string }) {
  const { t, id } = props;
  return (
    <form method="post" action={props.action}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <label for={`${id}-kind`}>{t.t('trust.correct.kind')}</label>
      <select id={`${id}-kind`} name="kind">
        {CORRECTION_KINDS.map((kind) => (
          <option value={kind}>{t.t(`correction.${kind}`)}</option>
        ))}
      </select>
      <label for={`${id}-text`}>{t.t('trust.correct.text')}</label>
      <textarea id={`${id}-text`} name="text" required maxlength={5000} />
      <div class="actions">
        <button type="submit">{t.t('trust.correct.submit')}</button>
      </div>
    </form>
  );
}
