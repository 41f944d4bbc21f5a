/**
 * The newsroom dashboard: my drafts, waiting for review, held edits, scheduled and recently
 * published, for one language or all, with filters and a search.
 */
import type { Article } from '../../domain/article.js';
import { LANGUAGES, type Language, NATIVE_NAMES, pickLocalized } from '../../domain/languages.js';
import { can } from '../../domain/policy.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Section } from '../../domain/taxonomy.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';

export interface DashboardFilters {
  language: Language | null;
  section: string | null;
  q: string;
}

export interface DashboardPanel {
  key: 'results' | 'mine' | 'review' | 'pending' | 'scheduled' | 'published';
  articles: Article[];
  total: number;
}

const PANEL_TITLES: Record<DashboardPanel['key'], MessageKey> = {
  results: 'newsroom.dashboard.results',
  mine: 'newsroom.dashboard.mine',
  review: 'newsroom.dashboard.review',
  pending: 'workflow.dashboard.pending',
  scheduled: 'newsroom.dashboard.scheduled',
  published: 'newsroom.dashboard.published',
};

const EMPTY: Record<DashboardPanel['key'], MessageKey> = {
  results: 'newsroom.dashboard.results.empty',
  mine: 'newsroom.dashboard.mine.empty',
  review: 'newsroom.dashboard.review.empty',
  pending: 'newsroom.dashboard.pending.empty',
  scheduled: 'newsroom.dashboard.scheduled.empty',
  published: 'newsroom.dashboard.published.empty',
};

export function StatusBadge(props: { t: Translator; status: Article['status'] }) {
  return <span class={`status ${props.status}`}>{props.t.t(`newsroom.status.${props.status}`)}</span>;
}

function when(t: Translator, panel: DashboardPanel['key'], article: Article): string {
  if (panel === 'scheduled' && article.publishAt)
    return t.t('newsroom.dashboard.goesOut', { time: t.dateTime(article.publishAt) });
  if (panel === 'published' && article.firstPublishedAt)
    return t.t('newsroom.dashboard.publishedAt', {
      time: t.dateTime(article.updatedAt ?? article.firstPublishedAt),
    });
  return t.t('newsroom.dashboard.changedAt', { time: t.dateTime(article.modifiedAt) });
}

export type StoryVersions = Map<string, Array<{ id: string; language: Language; status: Article['status'] }>>;

/** Which languages a story exists in, and in which state: each a link to that version. */
export function StoryLanguages(props: { t: Translator; article: Article; versions: StoryVersions }) {
  const { t } = props;
  const versions = props.versions.get(props.article.storyId) ?? [];
  if (versions.length < 2) return null;
  return (
    <ul class="story-languages" aria-label={t.t('newsroom.dashboard.storyLanguages')}>
      {versions.map((version) => (
        <li>
          {version.id === props.article.id ? (
            <strong lang={version.language}>{version.language.toUpperCase()}</strong>
          ) : (
            <a href={`/newsroom/articles/${version.id}`} hreflang={version.language}>
              {version.language.toUpperCase()}
            </a>
          )}{' '}
          <span class={`status ${version.status}`}>{t.t(`newsroom.status.${version.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}

export function DashboardPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  filters: DashboardFilters;
  sections: Section[];
  panels: DashboardPanel[];
  versions: StoryVersions;
}) {
  const { t, filters } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('newsroom.nav.dashboard')}
      active="dashboard"
    >
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is announced by every screen reader */}
      <form
        class="card filters"
        method="get"
        action="/newsroom"
        role="search"
        aria-label={t.t('newsroom.dashboard.filters')}
      >
        <div>
          <label for="dash-language">{t.t('newsroom.dashboard.language')}</label>
          <select id="dash-language" name="language">
            <option value="">{t.t('newsroom.dashboard.allLanguages')}</option>
            {LANGUAGES.map((language) => (
              <option value={language} selected={filters.language === language} lang={language}>
                {NATIVE_NAMES[language]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dash-section">{t.t('newsroom.dashboard.section')}</label>
          <select id="dash-section" name="section">
            <option value="">{t.t('newsroom.dashboard.allSections')}</option>
            {props.sections.map((section) => (
              <option value={section.slug} selected={filters.section === section.slug}>
                {pickLocalized(section.name, t.language)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dash-q">{t.t('newsroom.dashboard.search')}</label>
          <input type="search" id="dash-q" name="q" value={filters.q} maxlength={200} />
        </div>
        <div>
          <button type="submit">{t.t('newsroom.dashboard.apply')}</button>
        </div>
      </form>
      <div class="grid">
        {props.panels.map((panel) => (
          <section class="card" aria-labelledby={`panel-${panel.key}`} data-panel={panel.key}>
            <h2 id={`panel-${panel.key}`}>
              {t.t(PANEL_TITLES[panel.key])}{' '}
              <span class="muted">({t.t('newsroomdesk.count.articles', { count: panel.total })})</span>
            </h2>
            {panel.articles.length === 0 ? (
              <p class="muted">{t.t(EMPTY[panel.key])}</p>
            ) : (
              <ul class="dash-list">
                {panel.articles.map((article) => (
                  <li>
                    <a href={`/newsroom/articles/${article.id}`} lang={article.language}>
                      {article.headline.trim() || t.t('newsroom.dashboard.untitled')}
                    </a>{' '}
                    <StatusBadge t={t} status={article.status} />{' '}
                    <span class="muted">
                      {NATIVE_NAMES[article.language]} · {when(t, panel.key, article)}
                    </span>{' '}
                    <a class="muted" href={`/newsroom/articles/${article.id}/history`}>
                      {t.t('newsroom.history.link')}
                    </a>
                    {article.status === 'published' && can(props.staff, 'article.correct') ? (
                      <>
                        {' '}
                        <a
                          class="muted"
                          href={`/newsroom/articles/${article.id}/correction`}
                          aria-label={t.t('newsroomdesk.correct.actionFor', { headline: article.headline })}
                        >
                          {t.t('newsroomdesk.correct.action')}
                        </a>
                      </>
                    ) : null}
                    <StoryLanguages t={t} article={article} versions={props.versions} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </DeskPage>
  );
}
