/**
 * The article page: type label, headline, lead, hero, byline, dates, body, agency credit,
 * and more from the same section.
 */
import { Body } from '../elements/blocks.js';
import { CorrectionNotes } from '../elements/corrections.js';
import { Figure } from '../elements/image.js';
import { PublishedOn, TeaserList, TypeLabel } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ArticleView, ChromeView } from '../views.js';

function Byline(props: { article: ArticleView; chrome: ChromeView }) {
  const { authors, dateline } = props.article;
  const { t } = props.chrome;
  if (authors.length === 0 && !dateline) return null;
  return (
    <p class="byline">
      {authors.length > 0 ? `${t.t('article.by')} ` : null}
      {authors.map((author, i) => (
        <>
          {i > 0 ? (i === authors.length - 1 ? ` ${t.t('article.and')} ` : ', ') : null}
          <a href={author.href} rel="author">
            {author.label}
          </a>
        </>
      ))}
      {dateline ? (authors.length > 0 ? `, ${dateline}` : dateline) : null}
    </p>
  );
}

export function ArticlePage(props: { chrome: ChromeView; article: ArticleView }) {
  const { chrome, article } = props;
  const { t } = chrome;
  return (
    <PageLayout
      chrome={chrome}
      head={article.embedScript ? <script src={article.embedScript} defer /> : undefined}
    >
      <article class="article">
        <header>
          <TypeLabel type={article.type} kicker={article.kicker} t={t} />
          <h1>{article.headline}</h1>
          {article.type === 'sponsored' ? <p class="sponsored-note">{t.t('type.sponsored')}</p> : null}
          {article.lead ? <p class="lead">{article.lead}</p> : null}
          {article.hero ? (
            <Figure image={article.hero} sizes="(min-width: 46rem) 44rem, 100vw" priority class="hero" />
          ) : null}
          <Byline article={article} chrome={chrome} />
          <p class="dates">
            <PublishedOn iso={article.firstPublishedAt} t={t} message="article.publishedOn" />
            {article.updatedAt ? (
              <>
                {' · '}
                <PublishedOn iso={article.updatedAt} t={t} message="article.updatedOn" />
              </>
            ) : null}
          </p>
        </header>
        <CorrectionNotes corrections={article.corrections} placement="top" t={t} />
        <Body nodes={article.body.content} ctx={article.bodyContext} />
        {article.source ? (
          <p class="agency">{t.t('article.agencyCredit', { source: article.source })}</p>
        ) : null}
        <CorrectionNotes corrections={article.corrections} placement="bottom" t={t} />
      </article>
      {article.section && article.moreInSection.length > 0 ? (
        <section class="block" aria-labelledby="more-in-section">
          <h2 id="more-in-section">{t.t('article.inThisSection', { section: article.section.label })}</h2>
          <TeaserList teasers={article.moreInSection} t={t} />
        </section>
      ) : null}
    </PageLayout>
  );
}
