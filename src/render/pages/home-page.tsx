/**
 * A language home: the top story, the latest news teasers, the rankings (Popular Stories,
 * Most Discussed), the open debates, then a block per section; a home with few stories of its own shows the
 * newest stories from the other languages after its latest.
 */
import { OtherLanguages } from '../elements/foreign-teaser.js';
import { Picture } from '../elements/image.js';
import { OpenDebates } from '../elements/open-debates.js';
import { Rankings, type RankingsView } from '../elements/rankings.js';
import { PublishedOn, Teaser, TeaserList, TypeLabel } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, HomeView } from '../views.js';

export function HomePage(props: { chrome: ChromeView; home: HomeView; rankings?: RankingsView | null }) {
  const { chrome, home } = props;
  const { t } = chrome;
  const top = home.top;
  return (
    <PageLayout chrome={chrome}>
      <h1 class="visually-hidden">{t.t('home.title')}</h1>
      {top ? (
        <section class="top-story" aria-label={t.t('home.topStory')}>
          {top.image ? (
            <Picture image={top.image} sizes="(min-width: 48rem) 42rem, 100vw" priority />
          ) : (
            <span />
          )}
          <div>
            <TypeLabel type={top.type} kicker={top.kicker} t={t} />
            <h2>
              <a href={top.href}>{top.headline}</a>
            </h2>
            <p class="meta">
              <PublishedOn iso={top.publishedAt} t={t} />
            </p>
            <p>{top.lead}</p>
            <p>
              <a href={top.href}>{t.t('teaser.readMore', { headline: top.headline })}</a>
            </p>
          </div>
        </section>
      ) : (
        <p>{t.t('home.empty')}</p>
      )}
      {home.latest.length > 0 ? (
        <section class="block" aria-labelledby="latest">
          <h2 id="latest">{t.t('home.latest')}</h2>
          <TeaserList teasers={home.latest} t={t} />
        </section>
      ) : null}
      <OtherLanguages items={home.otherLanguages} t={t} />
      <Rankings rankings={props.rankings} t={t} />
      <OpenDebates debates={home.openDebates} t={t} />
      {home.sections.map(({ section, teasers }) => (
        <section class="block" aria-labelledby={`s-${section.href}`}>
          <h2 id={`s-${section.href}`}>
            <a href={section.href}>{section.label}</a>
          </h2>
          <ul class="teasers">
            {teasers.map((teaser) => (
              <li>
                <Teaser teaser={teaser} t={t} withImage={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageLayout>
  );
}
