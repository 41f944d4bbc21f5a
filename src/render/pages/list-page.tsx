/**
 * A paged list of teasers: a section page or an author page.
 */

import { Pager } from '../elements/pager.js';
import { TeaserList } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, ListPageView } from '../views.js';
import { TrustStyles } from './trust-page.js';

/** What an author page tells about its author, above their articles. */
export interface AuthorProfileView {
  role: string | null;
  bio: string | null;
  /** The languages the author works in, each named in itself. */
  languages: Array<{ language: string; label: string }>;
  expertise: string[];
  email: string | null;
  url: string | null;
  articlesHeading: string;
}

function AuthorProfile(props: { profile: AuthorProfileView; chrome: ChromeView }) {
  const { profile } = props;
  const { t } = props.chrome;
  return (
    <section class="author-profile" aria-label={t.t('trust.author.profile')}>
      {profile.bio ? <p class="author-bio">{profile.bio}</p> : null}
      <dl>
        {profile.role ? (
          <>
            <dt>{t.t('trust.author.role')}</dt>
            <dd>{profile.role}</dd>
          </>
        ) : null}
        {profile.languages.length > 0 ? (
          <>
            <dt>{t.t('trust.author.languages')}</dt>
            <dd>
              {profile.languages.map((l, i) => (
                <>
                  {i > 0 ? ', ' : null}
                  <span lang={l.language}>{l.label}</span>
                </>
              ))}
            </dd>
          </>
        ) : null}
        {profile.expertise.length > 0 ? (
          <>
            <dt>{t.t('trust.author.expertise')}</dt>
            <dd>{profile.expertise.join(', ')}</dd>
          </>
        ) : null}
        {profile.email || profile.url ? (
          <>
            <dt>{t.t('trust.author.contact')}</dt>
            <dd>
              {profile.email ? <a href={`mailto:${profile.email}`}>{profile.email}</a> : null}
              {profile.email && profile.url ? ' · ' : null}
              {profile.url ? (
                <a href={profile.url} rel="me noopener">
                  {t.t('trust.author.website')}
                </a>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{profile.articlesHeading}</h2>
    </section>
  );
}

export function ListPage(props: {
  chrome: ChromeView;
  list: ListPageView & { profile?: AuthorProfileView | null };
}) {
  const { chrome, list } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome} head={list.profile ? <TrustStyles /> : undefined}>
      <h1 class="page-title">{list.heading}</h1>
      {list.intro ? <p class="author-bio">{list.intro}</p> : null}
      {list.profile ? <AuthorProfile profile={list.profile} chrome={chrome} /> : null}
      {list.teasers.length > 0 ? (
        <TeaserList teasers={list.teasers} t={t} headingLevel={list.profile ? 3 : 2} />
      ) : (
        <p>{list.empty}</p>
      )}
      <Pager paging={list.paging} t={t} />
    </PageLayout>
  );
}
