/**
 * The skeleton of every page of the desk: navigation for what the role may do, the interface
 * language, the staff member and logout, then the page's main part under its heading. The
 * CSRF token is in a meta tag for scripts.
 * @example <DeskPage t={t} staff={staff} csrf={csrf} title="Staff" active="staff">…</DeskPage>
 */

import { LANGUAGES, NATIVE_NAMES } from '../../domain/languages.js';
import { type Action, can } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { DeskDocument } from './desk-document.js';

export type NewsroomSection =
  | 'dashboard'
  | 'write'
  | 'media'
  | 'front-pages'
  | 'error-reports'
  | 'moderation'
  | 'debates'
  | 'staff'
  | 'settings';

const NAV: { section: NewsroomSection; href: string; label: MessageKey; action: Action }[] = [
  { section: 'dashboard', href: '/newsroom', label: 'newsroom.nav.dashboard', action: 'article.read' },
  { section: 'write', href: '/newsroom/articles/new', label: 'newsroom.nav.write', action: 'article.create' },
  { section: 'media', href: '/newsroom/media', label: 'newsroom.nav.media', action: 'media.read' },
  {
    section: 'front-pages',
    href: '/newsroom/front-pages',
    label: 'newsroom.nav.frontPages',
    action: 'frontpage.manage',
  },
  {
    section: 'error-reports',
    href: '/newsroom/error-reports',
    label: 'newsroom.nav.errorReports',
    action: 'error_report.read',
  },
  {
    section: 'moderation',
    href: '/newsroom/moderation',
    label: 'newsroom.nav.moderation',
    action: 'comment.moderate',
  },
  { section: 'debates', href: '/newsroom/debates', label: 'newsroom.nav.debates', action: 'debate.create' },
  { section: 'staff', href: '/newsroom/staff', label: 'newsroom.nav.staff', action: 'staff.manage' },
  {
    section: 'settings',
    href: '/newsroom/settings/trust',
    label: 'newsroom.nav.settings',
    action: 'settings.manage',
  },
];

/** A desk page: the newsroom's header and navigation, then `above`, the heading and the page. */
export function DeskPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  /** The document's title (the newsroom's name is added). */
  title: string;
  /** The page's `h1`; the title when not given. */
  heading?: Child;
  /** What comes before the heading in the main part: the desk's own navigation, a back link. */
  above?: Child;
  active?: NewsroomSection | undefined;
  /** Module scripts (URLs) the page loads. */
  scripts?: string[] | undefined;
  head?: Child;
  children: Child;
}) {
  const { t, staff } = props;
  return (
    <DeskDocument
      t={t}
      title={props.title}
      meta={<meta name="csrf-token" content={props.csrf} />}
      head={
        <>
          {props.head}
          {(props.scripts ?? []).map((src) => (
            <script type="module" src={src} />
          ))}
        </>
      }
    >
      <a class="skip" href="#content">
        {t.t('nav.skipToContent')}
      </a>
      <header class="nr-top">
        <a class="nr-brand" href="/newsroom">
          {t.t('newsroom.title')}
        </a>
        {/* One line on a phone: the navigation and the user's controls open from a "Menu"
            button (a details element, so it works without scripts); on a wide screen they
            show in the header, and the button is not there (styles.ts). */}
        <details class="nr-menu">
          <summary>{t.t('newsroomdesk.nav.menu')}</summary>
          <div class="nr-menu-body">
            <nav class="nr-nav" aria-label={t.t('newsroom.nav.label')}>
              <ul>
                {NAV.filter((item) => can(staff, item.action)).map((item) => (
                  <li>
                    <a href={item.href} aria-current={props.active === item.section ? 'page' : undefined}>
                      {t.t(item.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div class="nr-user">
              <form method="get" action="/newsroom/interface-language">
                <label class="visually-hidden" for="nr-ui-language">
                  {t.t('newsroom.interfaceLanguage')}
                </label>
                <select id="nr-ui-language" name="to">
                  {LANGUAGES.map((language) => (
                    <option value={language} selected={language === t.language} lang={language}>
                      {NATIVE_NAMES[language]}
                    </option>
                  ))}
                </select>{' '}
                <button type="submit">{t.t('newsroom.interfaceLanguage.apply')}</button>
              </form>
              <span>
                {staff.name} <span class="visually-hidden">(</span>
                <small>{t.t(`newsroom.role.${staff.role}`)}</small>
                <span class="visually-hidden">)</span>
              </span>
              <form method="post" action="/newsroom/logout">
                <input type="hidden" name="_csrf" value={props.csrf} />
                <button type="submit">{t.t('newsroom.logout')}</button>
              </form>
            </div>
          </div>
        </details>
      </header>
      <main id="content">
        {props.above}
        <h1>{props.heading ?? props.title}</h1>
        {props.children}
      </main>
    </DeskDocument>
  );
}
