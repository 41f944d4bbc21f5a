/**
 * The front-page screen of one language: the pinned stories in order, each with buttons to
 * move it up or down, an expiry and unpin (plain forms, so it all works without scripts and
 * by keyboard: after a move, focus returns to the same button of the moved story), and a
 * search of published stories to pin.
 */
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { LIBRARY_CSS } from './library-styles.js';

export interface PinView {
  articleId: string;
  headline: string;
  href: string;
  firstPublishedAt: string | null;
  expiresAt: string | null;
  /** The expiry as the datetime-local field shows it, or ''. */
  expiresLocal: string;
  pinnedByName: string | null;
}

export interface CandidateView {
  articleId: string;
  headline: string;
  href: string;
  firstPublishedAt: string | null;
}

export interface FrontPagesView {
  language: Language;
  pins: PinView[];
  candidates: CandidateView[];
  query: string;
  maxPins: number;
  timeZone: string;
  saved: boolean;
  error: string | null;
  /** The story just moved and the button used, to put focus back on it. */
  focus: { articleId: string; direction: 'up' | 'down' } | null;
}

function Hidden(props: { csrf: string; language: Language; articleId: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="language" value={props.language} />
      <input type="hidden" name="articleId" value={props.articleId} />
    </>
  );
}

function Pin(props: { t: Translator; csrf: string; view: FrontPagesView; pin: PinView; index: number }) {
  const { t, pin, view } = props;
  const base = { csrf: props.csrf, language: view.language, articleId: pin.articleId };
  const first = props.index === 0;
  const last = props.index === view.pins.length - 1;
  // Focus goes back to the button just used; at the top or bottom, where it is disabled, to the other one.
  const wanted = view.focus?.articleId === pin.articleId ? view.focus.direction : null;
  const focusOn = wanted === 'up' && first ? 'down' : wanted === 'down' && last ? 'up' : wanted;
  const context = <span class="visually-hidden">: {pin.headline}</span>;
  const expiryId = `expiry-${pin.articleId}`;
  return (
    <li id={`pin-${pin.articleId}`}>
      <span class="pos" aria-hidden="true">
        {props.index + 1}
      </span>
      <div>
        <p class="headline">
          <span class="visually-hidden">
            {t.t('library.frontPages.position', { position: props.index + 1 })}:{' '}
          </span>
          <a href={pin.href} lang={view.language}>
            {pin.headline}
          </a>
        </p>
        <p class="muted meta">
          {pin.firstPublishedAt
            ? `${t.t('library.frontPages.published', { date: t.dateTime(pin.firstPublishedAt) })} · `
            : ''}
          {pin.expiresAt
            ? t.t('library.frontPages.expires', { date: t.dateTime(pin.expiresAt) })
            : t.t('library.frontPages.noExpiry')}
          {pin.pinnedByName ? ` · ${t.t('library.frontPages.pinnedBy', { name: pin.pinnedByName })}` : ''}
        </p>
        <div class="controls">
          <form method="post" action="/newsroom/front-pages/move">
            <Hidden {...base} />
            <button
              type="submit"
              name="direction"
              value="up"
              class="secondary"
              disabled={first}
              autofocus={focusOn === 'up'}
            >
              <span aria-hidden="true">↑ </span>
              {t.t('library.frontPages.up')}
              {context}
            </button>
            <button
              type="submit"
              name="direction"
              value="down"
              class="secondary"
              disabled={last}
              autofocus={focusOn === 'down'}
            >
              <span aria-hidden="true">↓ </span>
              {t.t('library.frontPages.down')}
              {context}
            </button>
          </form>
          <form method="post" action="/newsroom/front-pages/expiry">
            <Hidden {...base} />
            <div>
              <label for={expiryId}>{t.t('library.frontPages.expiry', { zone: view.timeZone })}</label>
              <input id={expiryId} type="datetime-local" name="expiresAt" value={pin.expiresLocal} />
            </div>
            <button type="submit" class="secondary">
              {t.t('library.frontPages.setExpiry')}
            </button>
            {pin.expiresAt ? (
              <button type="submit" name="clear" value="1" class="secondary">
                {t.t('library.frontPages.clearExpiry')}
              </button>
            ) : null}
          </form>
          <form method="post" action="/newsroom/front-pages/unpin">
            <Hidden {...base} />
            <button type="submit" class="danger">
              {t.t('library.frontPages.unpin')}
              {context}
            </button>
          </form>
        </div>
      </div>
    </li>
  );
}

export function FrontPagesPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: FrontPagesView;
}) {
  const { t, view } = props;
  const full = view.pins.length >= view.maxPins;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={`${t.t('library.frontPages.title')} · ${NATIVE_NAMES[view.language]}`}
      active="front-pages"
      heading={t.t('library.frontPages.title')}
      head={<style dangerouslySetInnerHTML={{ __html: LIBRARY_CSS }} />}
    >
      <nav aria-label={t.t('library.frontPages.languages')}>
        <ul class="lang-tabs">
          {LANGUAGES.map((language) => (
            <li>
              <a
                href={`/newsroom/front-pages?language=${language}`}
                lang={language}
                aria-current={language === view.language ? 'page' : undefined}
              >
                {NATIVE_NAMES[language]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {t.t('library.frontPages.intro')} <a href={`/${view.language}/`}>{t.t('library.frontPages.view')}</a>
      </p>
      {view.saved ? (
        <p class="message ok" role="status">
          {t.t('library.frontPages.saved')}
        </p>
      ) : null}
      {view.error ? (
        <p class="message error" role="alert">
          {t.t('library.error', { message: view.error })}
        </p>
      ) : null}
      <section aria-labelledby="pins-heading">
        <h2 id="pins-heading">{t.t('library.frontPages.pinned')}</h2>
        {view.pins.length === 0 ? (
          <p class="muted">{t.t('library.frontPages.none')}</p>
        ) : (
          <ol class="pins">
            {view.pins.map((pin, index) => (
              <Pin t={t} csrf={props.csrf} view={view} pin={pin} index={index} />
            ))}
          </ol>
        )}
      </section>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{t.t('library.frontPages.add')}</h2>
        <search>
          <form method="get" action="/newsroom/front-pages" class="filters">
            <input type="hidden" name="language" value={view.language} />
            <div>
              <label for="pin-q">{t.t('library.frontPages.search')}</label>
              <input id="pin-q" type="search" name="q" value={view.query} maxlength={200} />
            </div>
            <button type="submit">{t.t('library.frontPages.searchSubmit')}</button>
          </form>
        </search>
        {full ? <p class="message warn">{t.t('library.frontPages.full', { max: view.maxPins })}</p> : null}
        {view.candidates.length === 0 ? (
          <p class="muted">{t.t('library.frontPages.noCandidates')}</p>
        ) : (
          <ul class="candidates">
            {view.candidates.map((candidate) => (
              <li>
                <span>
                  <a href={candidate.href} lang={view.language}>
                    {candidate.headline}
                  </a>
                  {candidate.firstPublishedAt ? (
                    <span class="muted"> · {t.dateTime(candidate.firstPublishedAt)}</span>
                  ) : null}
                </span>
                <form method="post" action="/newsroom/front-pages/pin">
                  <Hidden csrf={props.csrf} language={view.language} articleId={candidate.articleId} />
                  <button type="submit" disabled={full}>
                    {t.t('library.frontPages.pin')}
                    <span class="visually-hidden">: {candidate.headline}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </DeskPage>
  );
}
