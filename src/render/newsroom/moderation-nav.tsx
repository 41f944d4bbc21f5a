/**
 * What the newsroom's comments pages share: the tabs between the queue, debates, article
 * comment modes, word lists and the deleted-accounts setting (each shown to the roles the
 * policy allows), the notice box and the language picker.
 * @example <ModerationNav t={t} staff={staff} current="words" />
 */
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import { type Action, can } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';

export type ModerationTab = 'queue' | 'debates' | 'articles' | 'words' | 'accounts';

const TABS: Array<{ tab: ModerationTab; href: string; label: MessageKey; action: Action }> = [
  {
    tab: 'queue',
    href: '/newsroom/moderation',
    label: 'readers.newsroom.nav.queue',
    action: 'comment.moderate',
  },
  {
    tab: 'debates',
    href: '/newsroom/debates',
    label: 'readers.newsroom.nav.debates',
    action: 'debate.create',
  },
  {
    tab: 'articles',
    href: '/newsroom/comments/settings',
    label: 'readers.newsroom.nav.articles',
    action: 'comment.moderate',
  },
  {
    tab: 'words',
    href: '/newsroom/moderation/words',
    label: 'readers.newsroom.nav.words',
    action: 'comment.moderate',
  },
  {
    tab: 'accounts',
    href: '/newsroom/moderation/settings',
    label: 'readers.newsroom.nav.accounts',
    action: 'settings.manage',
  },
];

/** Extra rules of the comments pages, on top of the newsroom's stylesheet. */
export const MODERATION_DESK_CSS = `
.mod-desk{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:0 0 1rem;border-block-end:1px solid var(--line)}
.mod-desk a{display:inline-block;padding-block:.3rem;text-decoration:none}
.mod-desk a[aria-current]{font-weight:700;border-block-end:3px solid var(--accent)}
.choice{display:flex;gap:.5rem;align-items:baseline;font-weight:400;margin-block:.3rem}
.choice input{flex:none}
.hint{color:var(--muted);font-size:.9rem;margin:.2rem 0}
fieldset{min-inline-size:0}
`;

export function ModerationNav(props: { t: Translator; staff: StaffUser; current: ModerationTab }) {
  const { t } = props;
  return (
    <nav aria-label={t.t('readers.newsroom.nav')}>
      <ul class="mod-desk">
        {TABS.filter((entry) => can(props.staff, entry.action)).map((entry) => (
          <li>
            <a href={entry.href} aria-current={entry.tab === props.current ? 'page' : undefined}>
              {t.t(entry.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type DeskNotice = { kind: 'ok' | 'error'; text: string } | null;

export function NoticeBox(props: { notice: DeskNotice }) {
  const { notice } = props;
  if (!notice) return null;
  return (
    <p class={`message ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}

/** A GET form that switches the language a page shows. */
export function LanguagePicker(props: {
  t: Translator;
  action: string;
  language: Language;
  label: MessageKey;
  id: string;
}) {
  const { t } = props;
  return (
    <form method="get" action={props.action} class="filters card">
      <div>
        <label for={props.id}>{t.t(props.label)}</label>
        <select id={props.id} name="language">
          {LANGUAGES.map((language) => (
            <option value={language} selected={language === props.language} lang={language}>
              {NATIVE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" class="secondary">
          {t.t('readers.moderation.show')}
        </button>
      </div>
    </form>
  );
}
